package cloud.olympus.server.assistant.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which intent a normalised question states, by word patterns per language. Each rule needs all of
 * its patterns; the first intent (in {@link Intent}'s order) of the one family left wins.
 */
final class IntentRules {

    /** What the rules make of a question: an intent, nothing, or more than one thing at once. */
    record Match(Optional<Intent> intent, boolean ambiguous) {
    }

    private record Rule(Intent intent, List<Pattern> all) {
        boolean matches(String text) {
            return all.stream().allMatch(p -> p.matcher(text).find());
        }
    }

    private static final Map<Language, List<Rule>> RULES = new EnumMap<>(Language.class);

    static {
        rules(Language.EN,
                Intent.HELP, "help|what can you (do|answer)|what can i ask",
                Intent.SALES_FORECAST, "forecast\\w*|predict\\w*|expect\\w*|projected|will we (sell|make|take)|going to (sell|make)",
                Intent.SALES_COMPARE, "compar\\w*|versus|vs|than (last|yesterday)|up or down|better or worse",
                Intent.AVERAGE_ORDER, "average (order|ticket|basket|sale|spend|check)\\w*|avg|basket size",
                Intent.ORDERS_COUNT, "how many (orders|transactions|tickets|sales)|number of (orders|transactions|sales)|order count",
                Intent.PAYMENT_MIX, "payment (mix|methods?|types?|split)|card (vs|or|and) cash|cash (vs|or|and) card"
                        + "|paid (by|with) (card|cash)|how did (people|customers|they) pay",
                Intent.TOP_CATEGORIES, "categor(y|ies)&top|best|most|sold|sell\\w*|popular|biggest",
                Intent.TOP_PRODUCTS, "top|best[ -]?sell\\w*|most (sold|popular)|(sold|sell|sells|selling) (the )?(most|best)|popular",
                Intent.SALES_TOTAL, "sales|revenue|takings|turnover|sold|sell|make|made|earn\\w*|income|take in",
                Intent.STOCK_OUT, "run(ning)? out|sell(ing)? out|stock[ -]?outs?|run dry|be out of stock",
                Intent.LOW_STOCK, "low (on )?stock|stock (is |levels? )?low|running low|low inventory|reorder|out of stock|restock\\w*",
                Intent.AT_RISK_CUSTOMERS, "at risk|churn\\w*|lapsed|stopped (coming|visiting|buying)|not (come|been) back"
                        + "|haven t (come|been|visited)|inactive|win back",
                Intent.BEST_CUSTOMERS, "customers?|clients?|guests?&best|top|biggest|loyal\\w*|most valuable|spen[dt] (the )?most",
                Intent.UNDERSTAFFED, "understaff\\w*|short[ -]?staff\\w*|not enough (staff|people|employees)|need more (staff|people)"
                        + "|too few (staff|people)",
                Intent.LABOUR_COST, "labou?r|wages?|payroll|staff costs?");
        rules(Language.ES,
                Intent.HELP, "ayuda|que puedo preguntar|que sabes hacer",
                Intent.SALES_FORECAST, "previs\\w*|pronostic\\w*|predic\\w*|vamos a vender|venderemos|se espera|esperamos",
                Intent.SALES_COMPARE, "compar\\w*|frente a|respecto a|versus|vs",
                Intent.AVERAGE_ORDER, "ticket medio|pedido medio|ticket promedio|promedio|gasto medio|valor medio",
                Intent.ORDERS_COUNT, "cuantos (pedidos|tickets|transacciones)|cuantas (ventas|transacciones)|numero de (pedidos|ventas|tickets)",
                Intent.PAYMENT_MIX, "(metodos?|formas?|medios?) de pago|tarjeta (o|y|vs) efectivo|efectivo (o|y|vs) tarjeta|como (pagaron|pagan)",
                Intent.TOP_CATEGORIES, "categorias?&mas vendid\\w*|mejores|top|principales|vend\\w*|populares",
                Intent.TOP_PRODUCTS, "mas vendid\\w*|top|mejores productos|vend\\w* mas|mas populares?|mas se vend\\w*",
                Intent.SALES_TOTAL, "ventas?|vend\\w*|factur\\w*|ingres\\w*|caja|ganamos|hicimos",
                Intent.STOCK_OUT, "agotar\\w*|se (va|van) a acabar|quedar\\w* sin|nos quedaremos sin|rotura de stock",
                Intent.LOW_STOCK, "poco stock|stock bajo|bajo stock|bajos de stock|falta de stock|reponer|reposicion|agotados?|sin stock"
                        + "|existencias bajas",
                Intent.AT_RISK_CUSTOMERS, "en riesgo|riesgo de|perdid\\w*|dejaron de (venir|comprar)|no (han )?vuelto|inactivos|recuperar",
                Intent.BEST_CUSTOMERS, "clientes?&mejores|top|principales|mas fieles|mas (gastan|gastaron|compran)",
                Intent.UNDERSTAFFED, "falta (de )?personal|poco personal|faltan (empleados|camareros|personas|trabajadores)"
                        + "|necesitamos mas (personal|gente)|personal insuficiente",
                Intent.LABOUR_COST, "(coste|costo|gasto)s? (de )?(personal|laboral\\w*|mano de obra)|nominas?|salarios?");
        rules(Language.FR,
                Intent.HELP, "aide|que (peux|sais) tu faire|que puis je demander",
                Intent.SALES_FORECAST, "previs\\w*|prevoi\\w*|predi\\w*|allons nous vendre|vendrons|va t on vendre|attendu\\w*",
                Intent.SALES_COMPARE, "compar\\w*|par rapport a|versus|vs",
                Intent.AVERAGE_ORDER, "panier moyen|ticket moyen|commande moyenne|montant moyen|moyenne par commande",
                Intent.ORDERS_COUNT, "combien de (commandes|tickets|transactions)|nombre de (commandes|ventes|tickets)",
                Intent.PAYMENT_MIX, "(moyens?|modes?) de paiement|repartition des paiements|carte (ou|et|vs) especes"
                        + "|especes (ou|et|vs) carte|comment .*paye",
                Intent.TOP_CATEGORIES, "categories?&plus vendu\\w*|meilleures?|top|principales|vend\\w*|populaires?",
                Intent.TOP_PRODUCTS, "plus vendu\\w*|top|meilleures? ventes|meilleurs produits|vend\\w* le (plus|mieux)|populaires?",
                Intent.SALES_TOTAL, "ventes?|vend\\w*|chiffre d affaires|ca|recettes?|encaiss\\w*|gagne",
                Intent.STOCK_OUT, "risque de rupture|(va|vont|allons|risquent?) (de )?(manquer|etre en rupture)|s epuiser\\w*|seront epuises",
                Intent.LOW_STOCK, "en rupture|stock bas|stocks? faibles?|peu de stock|bas en stock|reapprovision\\w*|reassort\\w*"
                        + "|niveau de stock|a commander",
                Intent.AT_RISK_CUSTOMERS, "a risque|en risque|risquent de partir|perdus|ne (sont|viennent) plus|inactifs"
                        + "|n ont pas (commande|achete|revenu)|reconquerir",
                Intent.BEST_CUSTOMERS, "clients?&meilleurs|top|principaux|plus fideles|depens\\w* le plus",
                Intent.UNDERSTAFFED, "sous[ -]?effectif\\w*|manque de personnel|pas assez de (personnel|monde|serveurs|employes)"
                        + "|besoin de plus de (personnel|monde)",
                Intent.LABOUR_COST, "couts? (du |de |de la )?(personnel|main d oeuvre|salaria\\w*)|masse salariale|salaires?");
        rules(Language.DE,
                Intent.HELP, "hilfe|was kannst du|was kann ich fragen",
                Intent.SALES_FORECAST, "\\w*prognose\\w*|\\w*vorhersage\\w*|voraussichtlich\\w*|erwart\\w*|werden wir .*(verkaufen|umsetzen|einnehmen)"
                        + "|verkaufen werden",
                Intent.SALES_COMPARE, "vergleich\\w*|verglichen|gegenuber|versus|vs",
                Intent.AVERAGE_ORDER, "durchschnittliche\\w* (bestellung|bon|warenkorb|umsatz|einkauf)\\w*|durchschnittsbon|warenkorbwert"
                        + "|bonwert|durchschnitt\\w*",
                Intent.ORDERS_COUNT, "wie ?viele (bestellungen|auftrage|verkaufe|bons|transaktionen)|anzahl (der )?(bestellungen|verkaufe|bons)",
                Intent.PAYMENT_MIX, "zahlungsart\\w*|zahlungsmittel\\w*|zahlungsmethode\\w*|karte (oder|und|vs) bar|bar (oder|und|vs) karte"
                        + "|wie .*bezahlt",
                Intent.TOP_CATEGORIES, "kategorie\\w*&meistverkauft\\w*|beste\\w*|top|meisten|verkauf\\w*|beliebt\\w*",
                Intent.TOP_PRODUCTS, "meistverkauft\\w*|bestseller\\w*|top|am (meisten|besten) verkauft|beliebteste\\w*|beste\\w* produkte",
                Intent.SALES_TOTAL, "umsatz\\w*|umsatze|verkauf\\w*|verkauft|einnahme\\w*|erlos\\w*|eingenommen",
                Intent.STOCK_OUT, "ausgehen|(geht|gehen) (\\w+ ){0,4}aus|ausverkauft sein|werden .*ausverkauft|knapp werden",
                Intent.LOW_STOCK, "niedrig\\w* (lager)?bestand|bestand (ist )?niedrig|wenig (auf )?lager|nachbestell\\w*|mindestbestand"
                        + "|ausverkauft|knapp",
                Intent.AT_RISK_CUSTOMERS, "\\w*abwander\\w*|abgewandert|gefahrdet\\w*|verloren\\w*|nicht mehr (gekommen|da|wiedergekommen)|inaktiv\\w*"
                        + "|zuruckgewinnen",
                Intent.BEST_CUSTOMERS, "kunde\\w*&beste\\w*|top|wichtigste\\w*|treueste\\w*|meisten ausgeben|am meisten",
                Intent.UNDERSTAFFED, "unterbesetzt\\w*|zu wenig (personal|leute|mitarbeiter)|personalmangel|mehr personal",
                Intent.LABOUR_COST, "personalkosten|lohnkosten|arbeitskosten|lohne|lohn|gehalter");
    }

    private IntentRules() {
    }

    /** Pairs of intent and pattern; a pattern's parts separated by {@code &} must all be there. */
    private static void rules(Language language, Object... pairs) {
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            List<Pattern> all = new ArrayList<>();
            for (String part : ((String) pairs[i + 1]).split("&")) {
                all.add(Pattern.compile("\\b(?:" + part + ")\\b"));
            }
            rules.add(new Rule((Intent) pairs[i], List.copyOf(all)));
        }
        RULES.put(language, List.copyOf(rules));
    }

    static Match match(String normalised, Language language) {
        Set<Intent> found = EnumSet.noneOf(Intent.class);
        for (Rule rule : RULES.get(language)) {
            if (rule.matches(normalised)) {
                found.add(rule.intent());
            }
        }
        Set<Intent.Family> families = EnumSet.noneOf(Intent.Family.class);
        found.forEach(i -> families.add(i.family()));
        if (families.size() > 1) {
            families.remove(Intent.Family.HELP);
        }
        if (families.size() > 1) {
            families.remove(Intent.Family.SALES);
        }
        if (families.size() > 1) {
            return new Match(Optional.empty(), true);
        }
        return new Match(found.stream().filter(i -> families.contains(i.family())).findFirst(), false);
    }
}
