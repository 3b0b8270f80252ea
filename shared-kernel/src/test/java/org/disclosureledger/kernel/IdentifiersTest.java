package org.disclosureledger.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.disclosureledger.kernel.application.ApplicationId;
import org.disclosureledger.kernel.litigation.ReviewId;
import org.junit.jupiter.api.Test;

class IdentifiersTest {
    @Test
    void aCaseIdReadsBackFromItsTextFormEvenWithSlashesInTheNumber() {
        ApplicationId id = ApplicationId.of(AgencyCode.of("hancong"), "依申请/2021/7号");
        assertThat(id.toString()).isEqualTo("hancong/application/依申请/2021/7号");
        assertThat(ApplicationId.parse(id.toString())).isEqualTo(id);
    }

    @Test
    void casesOfDifferentKindsWithTheSameNumberHaveDifferentIdentities() {
        AgencyCode agency = AgencyCode.of("hancong");
        assertThat(ApplicationId.of(agency, "1").toString()).isNotEqualTo(ReviewId.of(agency, "1").toString());
        assertThatThrownBy(() -> ApplicationId.parse(ReviewId.of(agency, "1").toString())).hasMessageContaining("agency/application/number");
    }

    @Test
    void agencyCodesAreRestricted() {
        assertThatThrownBy(() -> AgencyCode.of("a/b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AgencyCode.of("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApplicationId.of(AgencyCode.of("a"), " 7")).hasMessageContaining("surrounding spaces");
    }
}
