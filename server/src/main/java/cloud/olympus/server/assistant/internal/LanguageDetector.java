package cloud.olympus.server.assistant.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of the four languages a question is in: the words each language uses most in questions
 * about a business, and the letters only one of them writes. English when nothing tells.
 */
final class LanguageDetector {

    private static final Map<Language, Set<String>> WORDS = new EnumMap<>(Language.class);
    private static final Map<Language, String> LETTERS = Map.of(Language.ES, "ñ¿¡", Language.FR, "çèêàùœâî",
            Language.DE, "äöüß", Language.EN, "");

    static {
        WORDS.put(Language.EN, Set.of("the", "what", "how", "much", "many", "did", "we", "our", "were", "was", "which", "who",
                "sell", "sold", "sales", "today", "yesterday", "last", "week", "month", "is", "are", "of", "best", "customers",
                "products", "will", "run", "out", "show", "me", "on", "for", "this", "and", "do", "does", "to", "by", "revenue",
                "stock", "staff", "tomorrow", "items", "average", "orders", "next", "help", "low", "top", "make", "made"));
        WORDS.put(Language.ES, Set.of("el", "los", "las", "que", "cuanto", "cuanta", "cuantos", "cuantas", "hemos", "vendimos",
                "ventas", "hoy", "ayer", "semana", "mes", "pasada", "pasado", "del", "y", "cuales", "mejores", "clientes",
                "productos", "se", "esta", "este", "por", "para", "nos", "vamos", "al", "son", "hay", "es", "manana", "pedidos",
                "personal", "cual", "dame", "muestra", "ayuda", "fue", "fueron", "vendido", "mas", "con"));
        WORDS.put(Language.FR, Set.of("le", "les", "des", "du", "combien", "quel", "quels", "quelle", "quelles", "avons", "nous",
                "ventes", "aujourd", "hui", "hier", "semaine", "mois", "dernier", "derniere", "est", "sont", "et", "meilleurs",
                "clients", "produits", "ce", "cette", "qui", "au", "aux", "pour", "vont", "va", "on", "demain", "commandes",
                "vendu", "plus", "chiffre", "affaires", "aide", "quoi", "fait", "ont", "avec", "sur"));
        WORDS.put(Language.DE, Set.of("der", "die", "das", "den", "dem", "wie", "viel", "viele", "haben", "wir", "welche", "welcher",
                "welches", "umsatz", "heute", "gestern", "woche", "monat", "letzte", "letzten", "ist", "sind", "und", "im", "von",
                "mit", "fur", "unsere", "unser", "kunden", "produkte", "diese", "diesen", "dieser", "was", "wer", "am", "bis", "zu",
                "werden", "uns", "morgen", "alle", "nicht", "ein", "eine", "kategorien", "artikel", "oktober", "januar",
                "februar", "marz", "juni", "juli", "dezember", "samstag", "sonntag", "wochenende", "tagen", "vergiss", "bestellungen", "verkauft", "hilfe", "gibt", "es", "zeig", "mir", "wird"));
    }

    private LanguageDetector() {
    }

    static Language detect(String original, List<String> words) {
        Map<Language, Integer> score = new EnumMap<>(Language.class);
        String lower = original.toLowerCase(java.util.Locale.ROOT);
        for (Language language : Language.values()) {
            int points = 0;
            for (String word : words) {
                if (WORDS.get(language).contains(word)) {
                    points += 2;
                }
            }
            for (char c : LETTERS.get(language).toCharArray()) {
                if (lower.indexOf(c) >= 0) {
                    points += 3;
                }
            }
            score.put(language, points);
        }
        Language best = Language.EN;
        for (Language language : Language.values()) {
            if (score.get(language) > score.get(best)) {
                best = language;
            }
        }
        return best;
    }
}
