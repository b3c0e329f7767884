package cloud.olympus.server.demo;

import cloud.olympus.server.customer.CustomerDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/** Made-up customers with plausible names, emails, phones and tags. */
final class DemoPeople {

    private static final String[] FIRST = {"Olivia", "Liam", "Emma", "Noah", "Ava", "Mateo", "Sofia", "Lucas", "Isabella",
            "Amir", "Mia", "Ethan", "Chloe", "Hiro", "Amara", "Leo", "Zoe", "Diego", "Nora", "Kwame", "Elena", "Arjun", "Lena",
            "Samuel", "Priya", "Jonas", "Fatima", "Theo", "Ingrid", "Marco", "Yuki", "Grace", "Omar", "Clara", "Felix", "Aisha",
            "Hugo", "Maya", "Luca", "Ines"};
    private static final String[] LAST = {"Rossi", "Smith", "Garcia", "Nguyen", "Müller", "Kim", "Okafor", "Silva", "Cohen",
            "Johansson", "Dubois", "Patel", "Kowalski", "Tanaka", "Brown", "Lopez", "Moreau", "Schmidt", "Haddad", "Costa",
            "Novak", "Ibrahim", "Larsen", "Bianchi", "Walker", "Fischer", "Mendes", "Ahmed", "Sato", "O'Brien"};
    private static final String[] TAGS = {"vip", "regular", "newsletter", "birthday-club", "local", "corporate"};

    private DemoPeople() {
    }

    static List<CustomerDetails> customers(int count, Random random) {
        List<CustomerDetails> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            String email = (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "") + (i + 1) + "@example.com";
            String phone = String.format("+1 555 %03d %04d", random.nextInt(1000), random.nextInt(10_000));
            List<String> tags = new ArrayList<>();
            for (String tag : TAGS) {
                if (random.nextInt(6) == 0) {
                    tags.add(tag);
                }
            }
            people.add(new CustomerDetails(Optional.empty(), Optional.of(first), Optional.of(last),
                    Optional.ofNullable(random.nextInt(10) < 8 ? email : null), Optional.ofNullable(random.nextInt(10) < 7 ? phone : null),
                    Optional.of(Map.of()), Optional.of(tags)));
        }
        return people;
    }
}
