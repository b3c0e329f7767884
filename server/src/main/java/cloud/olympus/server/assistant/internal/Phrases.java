package cloud.olympus.server.assistant.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the assistant says, in each language, and how it writes amounts, counts, percentages and days. */
public final class Phrases {

    private static final Map<Language, Map<String, String>> TEXTS = new EnumMap<>(Language.class);
    private static final Map<Language, List<String>> SUGGESTIONS = new EnumMap<>(Language.class);

    static {
        texts(Language.EN,
                "declined.empty", "I did not understand: the question is empty. You could ask, for example:",
                "declined.not_understood", "I did not understand the question. I answer questions about the business's sales, "
                        + "stock, customers and staff, for example:",
                "declined.ambiguous", "I did not understand which one you mean: please ask about one thing at a time, for example:",
                "declined.refused", "I did not understand that as a question about the business. You could ask, for example:",
                "help", "I answer questions about sales, best sellers, stock, customers and staff, in English, Spanish, French "
                        + "or German. For example:",
                "period.today", "today", "period.yesterday", "yesterday", "period.tomorrow", "tomorrow",
                "period.day", "on %s", "period.range", "from %s to %s",
                "sales_total", "Sales %1$s: %2$s from %3$s orders.",
                "sales_total.item", "%1$s %2$s: %3$s sold for %4$s.",
                "no_sales", "There were no sales %1$s.",
                "sales_compare", "Sales %1$s: %2$s from %3$s orders, against %4$s %5$s (%6$s).",
                "no_comparison", "nothing to compare with",
                "orders_count", "%1$s orders %2$s.",
                "average_order", "The average order %1$s was %2$s, over %3$s orders.",
                "top_products", "Best sellers %1$s: %2$s.",
                "top_categories", "Best categories %1$s: %2$s.",
                "payment_mix", "Payments %1$s: %2$s.",
                "best_customers", "Best customers %1$s: %2$s.",
                "best_customers.none", "No known customer ordered %1$s.",
                "at_risk_customers", "%1$s customers who came at least twice have not ordered for 30 days: %2$s.",
                "at_risk_customers.none", "No regular customer has stayed away for 30 days.",
                "low_stock", "%1$s products are at or below their minimum stock: %2$s.",
                "low_stock.none", "No product is at or below its minimum stock.",
                "low_stock.item", "%1$s (%2$s left, minimum %3$s)",
                "understaffed", "%1$s hours %2$s had too few people for the orders: %3$s.",
                "understaffed.none", "No hour %1$s was short of people.",
                "understaffed.item", "%1$s (%2$s orders, %3$s people)",
                "labour_cost", "Labour cost %1$s: %2$s against %3$s of sales (%4$s).",
                "no_percent", "no sales to compare with",
                "sales_forecast", "Expected sales %1$s: %2$s, likely between %3$s and %4$s.",
                "sales_forecast.item", "Expected %1$s sold %2$s: %3$s, likely between %4$s and %5$s.",
                "forecast.method", "(%1$s on %2$s days of history)",
                "stock_out", "%1$s products may run out %2$s at the forecast demand: %3$s.",
                "stock_out.none", "No product should run out %1$s at the forecast demand.",
                "stock_out.item", "%1$s (%2$s left, runs out %3$s)",
                "reorder.title", "Reorder %1$s",
                "reorder.reason", "%1$s on hand against %2$s expected to sell in the next %3$s days: runs out %4$s. "
                        + "%5$s covers the week with %6$s safety stock.",
                "reorder.reason.max", "%1$s on hand against %2$s expected to sell in the next %3$s days: runs out %4$s. "
                        + "%5$s covers the week with %6$s safety stock and fills up to the maximum of %7$s.",
                "reorder.impact", "%1$s units of demand met",
                "reorder.impact.sales", "%1$s units of demand met, about %2$s of sales",
                "add_staff.title", "Add %1$s staff %2$s at %3$s",
                "add_staff.reason", "%1$s orders expected at %2$s for %3$s planned; one person takes %4$s orders an hour.",
                "add_staff.short.one", "1 hour of that day is short.",
                "add_staff.short", "%1$s hours of that day are short.",
                "add_staff.impact", "about %1$s more orders an hour handled at the peak",
                "win_back.title.one", "Win back 1 regular customer",
                "win_back.title", "Win back %1$s regular customers",
                "win_back.reason.one", "1 customer who came at least %2$s times has stayed away more than twice their usual "
                        + "interval (%3$s days now).",
                "win_back.reason", "%1$s customers who came at least %2$s times have stayed away more than twice their usual "
                        + "interval (typically %3$s days now).",
                "win_back.impact", "%1$s a month, what they spent while they came");
        suggestions(Language.EN, "How much did we sell today?", "Top 5 products last week", "Which products are low on stock?",
                "Who are our best customers this month?", "What was the labour cost yesterday?");
        texts(Language.ES,
                "declined.empty", "No he entendido: la pregunta está vacía. Puede preguntar, por ejemplo:",
                "declined.not_understood", "No he entendido la pregunta. Respondo a preguntas sobre las ventas, el stock, los "
                        + "clientes y el personal del negocio, por ejemplo:",
                "declined.ambiguous", "No he entendido a qué se refiere: pregunte por una sola cosa cada vez, por ejemplo:",
                "declined.refused", "No he entendido eso como una pregunta sobre el negocio. Puede preguntar, por ejemplo:",
                "help", "Respondo a preguntas sobre ventas, productos más vendidos, stock, clientes y personal, en español, "
                        + "inglés, francés o alemán. Por ejemplo:",
                "period.today", "hoy", "period.yesterday", "ayer", "period.tomorrow", "mañana",
                "period.day", "el %s", "period.range", "del %s al %s",
                "sales_total", "Ventas %1$s: %2$s en %3$s pedidos.",
                "sales_total.item", "%1$s %2$s: %3$s vendidos por %4$s.",
                "no_sales", "No hubo ventas %1$s.",
                "sales_compare", "Ventas %1$s: %2$s en %3$s pedidos, frente a %4$s %5$s (%6$s).",
                "no_comparison", "sin datos para comparar",
                "orders_count", "%1$s pedidos %2$s.",
                "average_order", "El ticket medio %1$s fue de %2$s, en %3$s pedidos.",
                "top_products", "Lo más vendido %1$s: %2$s.",
                "top_categories", "Mejores categorías %1$s: %2$s.",
                "payment_mix", "Pagos %1$s: %2$s.",
                "best_customers", "Mejores clientes %1$s: %2$s.",
                "best_customers.none", "Ningún cliente conocido hizo pedidos %1$s.",
                "at_risk_customers", "%1$s clientes que vinieron al menos dos veces no han pedido en 30 días: %2$s.",
                "at_risk_customers.none", "Ningún cliente habitual lleva 30 días sin venir.",
                "low_stock", "%1$s productos están en su stock mínimo o por debajo: %2$s.",
                "low_stock.none", "Ningún producto está en su stock mínimo o por debajo.",
                "low_stock.item", "%1$s (quedan %2$s, mínimo %3$s)",
                "understaffed", "%1$s horas %2$s tuvieron poco personal para los pedidos: %3$s.",
                "understaffed.none", "Ninguna hora %1$s tuvo falta de personal.",
                "understaffed.item", "%1$s (%2$s pedidos, %3$s personas)",
                "labour_cost", "Coste de personal %1$s: %2$s frente a %3$s de ventas (%4$s).",
                "no_percent", "sin ventas con que comparar",
                "sales_forecast", "Ventas previstas %1$s: %2$s, probablemente entre %3$s y %4$s.",
                "sales_forecast.item", "%1$s previstos %2$s: %3$s, probablemente entre %4$s y %5$s.",
                "forecast.method", "(%1$s con %2$s días de historial)",
                "stock_out", "%1$s productos podrían agotarse %2$s según la demanda prevista: %3$s.",
                "stock_out.none", "Ningún producto debería agotarse %1$s según la demanda prevista.",
                "stock_out.item", "%1$s (quedan %2$s, se agota %3$s)",
                "reorder.title", "Reponer %1$s",
                "reorder.reason", "%1$s en stock frente a %2$s previstos en los próximos %3$s días: se agota %4$s. "
                        + "%5$s cubren la semana con %6$s de stock de seguridad.",
                "reorder.reason.max", "%1$s en stock frente a %2$s previstos en los próximos %3$s días: se agota %4$s. "
                        + "%5$s cubren la semana con %6$s de stock de seguridad y llenan hasta el máximo de %7$s.",
                "reorder.impact", "%1$s unidades de demanda atendidas",
                "reorder.impact.sales", "%1$s unidades de demanda atendidas, unos %2$s en ventas",
                "add_staff.title", "Añadir %1$s personas %2$s a las %3$s",
                "add_staff.reason", "%1$s pedidos previstos a las %2$s para %3$s personas planificadas; una persona atiende "
                        + "%4$s pedidos por hora.",
                "add_staff.short.one", "Ese día falta personal en 1 hora.",
                "add_staff.short", "Ese día falta personal en %1$s horas.",
                "add_staff.impact", "unos %1$s pedidos más por hora atendidos en el pico",
                "win_back.title.one", "Recuperar a 1 cliente habitual",
                "win_back.title", "Recuperar a %1$s clientes habituales",
                "win_back.reason.one", "1 cliente que vino al menos %2$s veces lleva sin volver más del doble de su intervalo "
                        + "habitual (%3$s días ya).",
                "win_back.reason", "%1$s clientes que vinieron al menos %2$s veces llevan sin volver más del doble de su "
                        + "intervalo habitual (normalmente %3$s días ya).",
                "win_back.impact", "%1$s al mes, lo que gastaban cuando venían");
        suggestions(Language.ES, "¿Cuánto vendimos hoy?", "Los 5 productos más vendidos de la semana pasada",
                "¿Qué productos tienen poco stock?", "¿Quiénes son nuestros mejores clientes este mes?",
                "¿Cuál fue el coste de personal ayer?");
        texts(Language.FR,
                "declined.empty", "Je n'ai pas compris : la question est vide. Vous pouvez demander, par exemple :",
                "declined.not_understood", "Je n'ai pas compris la question. Je réponds aux questions sur les ventes, le stock, "
                        + "les clients et le personnel de l'établissement, par exemple :",
                "declined.ambiguous", "Je n'ai pas compris ce que vous voulez dire : posez une seule question à la fois, par exemple :",
                "declined.refused", "Je n'ai pas compris cela comme une question sur l'établissement. Vous pouvez demander, par exemple :",
                "help", "Je réponds aux questions sur les ventes, les meilleures ventes, le stock, les clients et le personnel, en "
                        + "français, anglais, espagnol ou allemand. Par exemple :",
                "period.today", "aujourd'hui", "period.yesterday", "hier", "period.tomorrow", "demain",
                "period.day", "le %s", "period.range", "du %s au %s",
                "sales_total", "Ventes %1$s : %2$s pour %3$s commandes.",
                "sales_total.item", "%1$s %2$s : %3$s vendus pour %4$s.",
                "no_sales", "Aucune vente %1$s.",
                "sales_compare", "Ventes %1$s : %2$s pour %3$s commandes, contre %4$s %5$s (%6$s).",
                "no_comparison", "rien à comparer",
                "orders_count", "%1$s commandes %2$s.",
                "average_order", "Le panier moyen %1$s était de %2$s, sur %3$s commandes.",
                "top_products", "Meilleures ventes %1$s : %2$s.",
                "top_categories", "Meilleures catégories %1$s : %2$s.",
                "payment_mix", "Paiements %1$s : %2$s.",
                "best_customers", "Meilleurs clients %1$s : %2$s.",
                "best_customers.none", "Aucun client connu n'a commandé %1$s.",
                "at_risk_customers", "%1$s clients venus au moins deux fois n'ont pas commandé depuis 30 jours : %2$s.",
                "at_risk_customers.none", "Aucun client régulier ne s'est absenté depuis 30 jours.",
                "low_stock", "%1$s produits sont à leur stock minimum ou en dessous : %2$s.",
                "low_stock.none", "Aucun produit n'est à son stock minimum ou en dessous.",
                "low_stock.item", "%1$s (reste %2$s, minimum %3$s)",
                "understaffed", "%1$s heures %2$s ont manqué de personnel pour les commandes : %3$s.",
                "understaffed.none", "Aucune heure %1$s n'a manqué de personnel.",
                "understaffed.item", "%1$s (%2$s commandes, %3$s personnes)",
                "labour_cost", "Coût du personnel %1$s : %2$s pour %3$s de ventes (%4$s).",
                "no_percent", "aucune vente à comparer",
                "sales_forecast", "Ventes prévues %1$s : %2$s, probablement entre %3$s et %4$s.",
                "sales_forecast.item", "%1$s prévus %2$s : %3$s, probablement entre %4$s et %5$s.",
                "forecast.method", "(%1$s sur %2$s jours d'historique)",
                "stock_out", "%1$s produits risquent de manquer %2$s selon la demande prévue : %3$s.",
                "stock_out.none", "Aucun produit ne devrait manquer %1$s selon la demande prévue.",
                "stock_out.item", "%1$s (reste %2$s, épuisé %3$s)",
                "reorder.title", "Réapprovisionner %1$s",
                "reorder.reason", "%1$s en stock pour %2$s ventes prévues dans les %3$s prochains jours : épuisé %4$s. "
                        + "%5$s couvrent la semaine avec %6$s de stock de sécurité.",
                "reorder.reason.max", "%1$s en stock pour %2$s ventes prévues dans les %3$s prochains jours : épuisé %4$s. "
                        + "%5$s couvrent la semaine avec %6$s de stock de sécurité et remplissent jusqu'au maximum de %7$s.",
                "reorder.impact", "%1$s unités de demande servies",
                "reorder.impact.sales", "%1$s unités de demande servies, environ %2$s de ventes",
                "add_staff.title", "Ajouter %1$s personnes %2$s à %3$s",
                "add_staff.reason", "%1$s commandes prévues à %2$s pour %3$s personnes prévues ; une personne prend %4$s "
                        + "commandes par heure.",
                "add_staff.short.one", "Ce jour-là, 1 heure manque de personnel.",
                "add_staff.short", "Ce jour-là, %1$s heures manquent de personnel.",
                "add_staff.impact", "environ %1$s commandes de plus par heure au moment le plus chargé",
                "win_back.title.one", "Faire revenir 1 client régulier",
                "win_back.title", "Faire revenir %1$s clients réguliers",
                "win_back.reason.one", "1 client venu au moins %2$s fois n'est pas revenu depuis plus de deux fois son "
                        + "intervalle habituel (%3$s jours maintenant).",
                "win_back.reason", "%1$s clients venus au moins %2$s fois ne sont pas revenus depuis plus de deux fois leur "
                        + "intervalle habituel (en général %3$s jours maintenant).",
                "win_back.impact", "%1$s par mois, ce qu'ils dépensaient quand ils venaient");
        suggestions(Language.FR, "Combien avons-nous vendu aujourd'hui ?", "Les 5 produits les plus vendus la semaine dernière",
                "Quels produits sont en stock bas ?", "Quels sont nos meilleurs clients ce mois-ci ?",
                "Quel a été le coût du personnel hier ?");
        texts(Language.DE,
                "declined.empty", "Das habe ich nicht verstanden: Die Frage ist leer. Sie können zum Beispiel fragen:",
                "declined.not_understood", "Das habe ich nicht verstanden. Ich beantworte Fragen zu Umsatz, Bestand, Kunden und "
                        + "Personal des Betriebs, zum Beispiel:",
                "declined.ambiguous", "Das habe ich nicht verstanden: Bitte fragen Sie nach einer Sache auf einmal, zum Beispiel:",
                "declined.refused", "Das habe ich nicht als Frage zum Betrieb verstanden. Sie können zum Beispiel fragen:",
                "help", "Ich beantworte Fragen zu Umsatz, Bestsellern, Bestand, Kunden und Personal, auf Deutsch, Englisch, "
                        + "Spanisch oder Französisch. Zum Beispiel:",
                "period.today", "heute", "period.yesterday", "gestern", "period.tomorrow", "morgen",
                "period.day", "am %s", "period.range", "vom %s bis %s",
                "sales_total", "Umsatz %1$s: %2$s aus %3$s Bestellungen.",
                "sales_total.item", "%1$s %2$s: %3$s verkauft für %4$s.",
                "no_sales", "Es gab %1$s keine Verkäufe.",
                "sales_compare", "Umsatz %1$s: %2$s aus %3$s Bestellungen, gegenüber %4$s %5$s (%6$s).",
                "no_comparison", "nichts zum Vergleichen",
                "orders_count", "%1$s Bestellungen %2$s.",
                "average_order", "Die durchschnittliche Bestellung %1$s betrug %2$s, bei %3$s Bestellungen.",
                "top_products", "Bestseller %1$s: %2$s.",
                "top_categories", "Beste Kategorien %1$s: %2$s.",
                "payment_mix", "Zahlungen %1$s: %2$s.",
                "best_customers", "Beste Kunden %1$s: %2$s.",
                "best_customers.none", "Kein bekannter Kunde hat %1$s bestellt.",
                "at_risk_customers", "%1$s Kunden, die mindestens zweimal kamen, haben seit 30 Tagen nicht bestellt: %2$s.",
                "at_risk_customers.none", "Kein Stammkunde ist seit 30 Tagen ausgeblieben.",
                "low_stock", "%1$s Produkte sind auf oder unter ihrem Mindestbestand: %2$s.",
                "low_stock.none", "Kein Produkt ist auf oder unter seinem Mindestbestand.",
                "low_stock.item", "%1$s (noch %2$s, Minimum %3$s)",
                "understaffed", "%1$s Stunden %2$s hatten zu wenig Personal für die Bestellungen: %3$s.",
                "understaffed.none", "Keine Stunde %1$s war unterbesetzt.",
                "understaffed.item", "%1$s (%2$s Bestellungen, %3$s Personen)",
                "labour_cost", "Personalkosten %1$s: %2$s bei %3$s Umsatz (%4$s).",
                "no_percent", "kein Umsatz zum Vergleich",
                "sales_forecast", "Erwarteter Umsatz %1$s: %2$s, wahrscheinlich zwischen %3$s und %4$s.",
                "sales_forecast.item", "Erwarteter Absatz von %1$s %2$s: %3$s, wahrscheinlich zwischen %4$s und %5$s.",
                "forecast.method", "(%1$s auf %2$s Tagen Verlauf)",
                "stock_out", "%1$s Produkte könnten %2$s bei der erwarteten Nachfrage ausgehen: %3$s.",
                "stock_out.none", "Bei der erwarteten Nachfrage sollte %1$s kein Produkt ausgehen.",
                "stock_out.item", "%1$s (noch %2$s, leer %3$s)",
                "reorder.title", "%1$s nachbestellen",
                "reorder.reason", "%1$s auf Lager bei %2$s erwarteten Verkäufen in den nächsten %3$s Tagen: leer %4$s. "
                        + "%5$s decken die Woche mit %6$s Sicherheitsbestand.",
                "reorder.reason.max", "%1$s auf Lager bei %2$s erwarteten Verkäufen in den nächsten %3$s Tagen: leer %4$s. "
                        + "%5$s decken die Woche mit %6$s Sicherheitsbestand und füllen bis zum Höchstbestand von %7$s auf.",
                "reorder.impact", "%1$s Einheiten Nachfrage gedeckt",
                "reorder.impact.sales", "%1$s Einheiten Nachfrage gedeckt, etwa %2$s Umsatz",
                "add_staff.title", "%1$s Personen mehr einplanen, %2$s um %3$s",
                "add_staff.reason", "%1$s Bestellungen um %2$s erwartet bei %3$s eingeplanten Personen; eine Person schafft "
                        + "%4$s Bestellungen pro Stunde.",
                "add_staff.short.one", "An diesem Tag ist 1 Stunde unterbesetzt.",
                "add_staff.short", "An diesem Tag sind %1$s Stunden unterbesetzt.",
                "add_staff.impact", "etwa %1$s Bestellungen mehr pro Stunde zur Spitzenzeit",
                "win_back.title.one", "1 Stammkunden zurückgewinnen",
                "win_back.title", "%1$s Stammkunden zurückgewinnen",
                "win_back.reason.one", "1 Kunde, der mindestens %2$s Mal kam, bleibt seit mehr als dem Doppelten seines "
                        + "üblichen Abstands weg (jetzt %3$s Tage).",
                "win_back.reason", "%1$s Kunden, die mindestens %2$s Mal kamen, bleiben seit mehr als dem Doppelten ihres "
                        + "üblichen Abstands weg (meist %3$s Tage jetzt).",
                "win_back.impact", "%1$s im Monat, was sie ausgaben, als sie kamen");
        suggestions(Language.DE, "Wie viel Umsatz hatten wir heute?", "Die 5 meistverkauften Produkte letzte Woche",
                "Welche Produkte haben niedrigen Bestand?", "Wer sind unsere besten Kunden diesen Monat?",
                "Wie hoch waren die Personalkosten gestern?");
    }

    private final Language language;
    private final Currency currency;
    private final int scale;

    public Phrases(Language language, Currency currency, int scale) {
        this.language = language;
        this.currency = currency;
        this.scale = scale;
    }

    private static void texts(Language language, String... pairs) {
        Map<String, String> texts = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            texts.put(pairs[i], pairs[i + 1]);
        }
        TEXTS.put(language, Map.copyOf(texts));
    }

    private static void suggestions(Language language, String... examples) {
        SUGGESTIONS.put(language, List.of(examples));
    }

    /** The keys of what the assistant says in {@code language}: the same in every language. */
    public static java.util.Set<String> keys(Language language) {
        return TEXTS.get(language).keySet();
    }

    public static List<String> suggestions(Language language) {
        return SUGGESTIONS.get(language);
    }

    public Language language() {
        return language;
    }

    public String say(String key, Object... values) {
        String text = TEXTS.get(language).get(key);
        if (text == null) {
            throw new IllegalArgumentException("no text " + key);
        }
        return String.format(language.locale(), text, values);
    }

    public String money(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(language.locale());
        format.setCurrency(currency);
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        return format.format(amount);
    }

    public String count(long value) {
        return NumberFormat.getIntegerInstance(language.locale()).format(value);
    }

    public String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(language.locale());
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    public String percent(BigDecimal value) {
        String number = number(value);
        return language == Language.EN ? number + "%" : number + "\u00a0%";
    }

    /** The days as words: today, yesterday, on a day, from one day to another. */
    public String period(LocalDate from, LocalDate to, LocalDate today) {
        if (from.equals(to)) {
            if (from.equals(today)) {
                return say("period.today");
            }
            if (from.equals(today.minusDays(1))) {
                return say("period.yesterday");
            }
            if (from.equals(today.plusDays(1))) {
                return say("period.tomorrow");
            }
            return say("period.day", date(from));
        }
        return say("period.range", date(from), date(to));
    }

    /** A day as the language writes it (Nov 28, 2026; 28 nov 2026; 28 nov. 2026; 28.11.2026). */
    public String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.locale()).format(day);
    }
}
