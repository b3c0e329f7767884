package cloud.olympus.model.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TenantSlugTest {

    @ParameterizedTest
    @ValueSource(strings = {"bella-cucina", "bella-cucina-downtown", "abc", "a1b2", "glow-salon-2"})
    void acceptsDnsLabelShapedSlugs(String slug) {
        assertThat(TenantSlug.isValid(slug)).isTrue();
        assertThat(new TenantSlug(slug).value()).isEqualTo(slug);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "-abc", "abc-", "a--b", "1abc", "Bella", "bella cucina", "bella_cucina", "caf\u00e9"})
    void rejectsEverythingElse(String slug) {
        assertThat(TenantSlug.isValid(slug)).isFalse();
        assertThatThrownBy(() -> new TenantSlug(slug)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsSlugsLongerThanADnsLabel() {
        assertThat(TenantSlug.isValid("a".repeat(63))).isTrue();
        assertThat(TenantSlug.isValid("a".repeat(64))).isFalse();
        assertThat(TenantSlug.describeProblem("a".repeat(64))).contains("slug must be 3 to 63 characters long");
    }

    @Test
    void parseFoldsCaseAndTrims() {
        assertThat(TenantSlug.parse("  Bella-Cucina ")).contains(new TenantSlug("bella-cucina"));
        assertThat(TenantSlug.parse("bella--cucina")).isEmpty();
        assertThat(TenantSlug.parse(null)).isEmpty();
    }

    @Test
    void explainsWhatIsWrong() {
        assertThat(TenantSlug.describeProblem(" ")).contains("slug must not be blank");
        assertThat(TenantSlug.describeProblem("9lives")).contains("slug must start with a letter");
        assertThat(TenantSlug.describeProblem("ab-")).hasValueSatisfying(m -> assertThat(m).contains("hyphen"));
        assertThat(TenantSlug.describeProblem("abc")).isEmpty();
    }
}
