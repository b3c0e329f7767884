package cloud.olympus.server.demo;

import cloud.olympus.model.auth.Role;
import cloud.olympus.model.tenant.Industry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who works at each demo business: the demo logins that work the floor, the kitchen or the till,
 * and made-up colleagues enough for its opening hours, each with a job, an hourly rate and skills.
 */
final class DemoStaff {

    /** A person on the staff: {@code localPart} is their login's part before the business's domain. */
    record Hire(String localPart, String displayName, Role access, String staffRole, BigDecimal hourlyRate, List<String> skills) {
    }

    /** The PIN of the demo logins, by login, for switching user on a shared till; none is a run or a repeat. */
    static final Map<String, String> PINS = Map.of("owner", "7391", "manager", "2468", "cashier", "1357", "kitchen", "8024");

    private static final String[] NAMES = {"Sofia Romano", "Mateo Alvarez", "Grace Okafor", "Jonas Berg", "Priya Nair",
            "Hugo Martin", "Yuki Sato", "Amara Mensah", "Leo Ferrari", "Ines Duarte", "Omar Haddad", "Nora Lindqvist",
            "Diego Castillo", "Maya Cohen", "Felix Wagner", "Aisha Rahman", "Theo Laurent", "Clara Novak", "Kwame Asante",
            "Elena Petrova", "Samuel Reyes", "Lena Fischer", "Arjun Mehta", "Zoe Walker", "Marco Bianchi", "Fatima Idrissi",
            "Ethan Brooks", "Chloe Moreau", "Hiro Tanaka", "Isabella Costa", "Noah Kim", "Ava Larsen", "Lucas Silva",
            "Emma Dubois", "Liam O'Connor", "Mia Schmidt", "Amir Karimi", "Ingrid Holm", "Diana Pop", "Tomás Ruiz"};

    private DemoStaff() {
    }

    /** How many orders an hour one person on shift takes, the business's staffing rule. */
    static BigDecimal ordersPerStaffHour(Industry industry) {
        return BigDecimal.valueOf(switch (industry) {
            case RESTAURANT -> 5;
            case RETAIL -> 8;
            case SALON -> 3;
            case HOSPITALITY -> 6;
        });
    }

    /** The fewest people on shift while open: someone serving and someone at the till, in the kitchen or at the desk. */
    static int minimumOnShift() {
        return 2;
    }

    /** Hours in a usual shift. */
    static int shiftHours(Industry industry) {
        return industry == Industry.RESTAURANT ? 6 : 8;
    }

    /** The job of the first, second, third... person on shift at once. */
    static List<String> rota(Industry industry) {
        return switch (industry) {
            case RESTAURANT -> List.of("cook", "server", "shift_lead", "server", "cook", "bartender", "server", "host", "cook",
                    "server", "server", "cook");
            case RETAIL -> List.of("cashier", "cashier", "manager", "stock_clerk", "cashier", "cashier");
            case SALON -> List.of("front_desk", "stylist", "stylist", "colourist", "manager", "stylist");
            case HOSPITALITY -> List.of("front_desk", "server", "manager", "front_desk", "bartender", "server");
        };
    }

    /**
     * The staff of a business: its demo logins who work shifts (the owner does not), then colleagues
     * named from {@code firstName} on in the list of names, so two locations do not share people.
     */
    static List<Hire> of(Industry industry, boolean location, int firstName) {
        List<Hire> staff = new ArrayList<>();
        boolean restaurant = industry == Industry.RESTAURANT;
        staff.add(hire("manager", null, Role.MANAGER, restaurant ? "shift_lead" : "manager", 0));
        staff.add(hire("cashier", null, Role.CASHIER, switch (industry) {
            case RESTAURANT -> "server";
            case RETAIL -> "cashier";
            case SALON, HOSPITALITY -> "front_desk";
        }, 0));
        if (location) {
            staff.add(hire("kitchen", null, Role.KITCHEN, "cook", 0));
        }
        List<String> jobs = switch (industry) {
            case RESTAURANT -> location
                    ? List.of("server", "server", "server", "server", "cook", "cook", "cook", "bartender", "host")
                    : List.of("server", "server", "server", "server", "server", "cook", "cook", "cook", "cook", "bartender",
                            "bartender", "host");
            case RETAIL -> List.of("cashier", "cashier", "cashier", "stock_clerk", "stock_clerk");
            case SALON -> List.of("stylist", "stylist", "stylist", "colourist", "front_desk");
            case HOSPITALITY -> List.of("front_desk", "front_desk", "front_desk", "server", "server", "bartender");
        };
        for (int i = 0; i < jobs.size(); i++) {
            String name = NAMES[(firstName + i) % NAMES.length];
            String login = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z ]", "").replace(' ', '.');
            String job = jobs.get(i);
            staff.add(hire(login, name, job.equals("cook") ? Role.KITCHEN : Role.CASHIER, job, i));
        }
        return staff;
    }

    private static Hire hire(String login, String name, Role access, String job, int seniority) {
        BigDecimal base = new BigDecimal(switch (job) {
            case "server", "host" -> "15.50";
            case "cook" -> "19.00";
            case "bartender" -> "17.00";
            case "shift_lead" -> "24.00";
            case "cashier" -> "16.00";
            case "stock_clerk" -> "17.50";
            case "stylist" -> "22.00";
            case "colourist" -> "24.50";
            case "front_desk" -> "17.00";
            default -> "27.00";
        });
        List<String> skills = switch (job) {
            case "server" -> List.of("wine", "allergens");
            case "host" -> List.of("reservations");
            case "cook" -> seniority % 2 == 0 ? List.of("grill", "pasta") : List.of("pizza-oven", "prep");
            case "bartender" -> List.of("cocktails", "wine");
            case "shift_lead" -> List.of("cash-up", "opening", "allergens");
            case "cashier" -> List.of("returns", "gift-wrap");
            case "stock_clerk" -> List.of("receiving", "stock-counts");
            case "stylist" -> List.of("cutting", "blow-dry");
            case "colourist" -> List.of("balayage", "colour-correction");
            case "front_desk" -> List.of("bookings", "check-in");
            default -> List.of("cash-up", "scheduling");
        };
        return new Hire(login, name, access, job, base.add(BigDecimal.valueOf(seniority % 3).multiply(new BigDecimal("0.50"))),
                skills);
    }
}
