package org.disclosureledger.casework.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.disclosureledger.casework.platform.security.StaffUser.Role;
import org.disclosureledger.kernel.AgencyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Users from a file or the environment: read line by line, refused with the line named, never a plain password. */
class StaffUsersTest {
    private static final String HASH = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("generated-at-test-time");

    @TempDir
    Path directory;

    private Path file(String text) throws IOException {
        return Files.writeString(directory.resolve("users"), text);
    }

    @Test
    void readsStaffAndAdministratorsFromTheFileAndTheEnvironment() throws IOException {
        Path file = file("# staff of the county\n\nwang.clerk:" + HASH + ":STAFF:demo-county\n");
        StaffUsers users = new StaffUsers(file.toString(), "auditor:" + HASH + ":ADMINISTRATOR;li.clerk:" + HASH + ":STAFF:demo-east");

        assertThat(users.find("wang.clerk")).hasValueSatisfying(user -> {
            assertThat(user.role()).isEqualTo(Role.STAFF);
            assertThat(user.agency()).isEqualTo(AgencyCode.of("demo-county"));
            assertThat(user.passwordHash()).isEqualTo(HASH);
        });
        assertThat(users.find("auditor")).hasValueSatisfying(user -> assertThat(user.role()).isEqualTo(Role.ADMINISTRATOR));
        assertThat(users.find("li.clerk")).isPresent();
        assertThat(users.find("nobody")).isEmpty();
        assertThat(users.isEmpty()).isFalse();
    }

    @Test
    void noneConfiguredMeansNobody() {
        StaffUsers users = new StaffUsers("", "");
        assertThat(users.isEmpty()).isTrue();
        assertThat(users.find("admin")).isEmpty();
    }

    @Test
    void aPlainPasswordIsRefusedNamingTheLineButNotThePassword() throws IOException {
        Path file = file("wang.clerk:" + HASH + ":STAFF:demo-county\nli.clerk:{noop}secret123:STAFF:demo-county\n");
        assertThatThrownBy(() -> new StaffUsers(file.toString(), ""))
                .hasMessageContaining(file + " entry 2")
                .hasMessageContaining("must be a {bcrypt} hash")
                .hasMessageNotContaining("secret123");
    }

    @Test
    void staffWithoutAnAgencyOrAnUnknownRoleIsRefused() {
        assertThatThrownBy(() -> new StaffUsers("", "wang.clerk:" + HASH + ":STAFF"))
                .hasMessageContaining("entry 1").hasMessageContaining("needs the agency");
        assertThatThrownBy(() -> new StaffUsers("", "wang.clerk:" + HASH + ":ROOT:x"))
                .hasMessageContaining("must be STAFF or ADMINISTRATOR");
        assertThatThrownBy(() -> new StaffUsers("", "wang.clerk:" + HASH + ":STAFF:bad/agency"))
                .hasMessageContaining("agency code");
    }

    @Test
    void aUserConfiguredTwiceOrAMissingFileIsRefused() {
        assertThatThrownBy(() -> new StaffUsers("", "a:" + HASH + ":ADMINISTRATOR\na:" + HASH + ":ADMINISTRATOR"))
                .hasMessageContaining("entry 2").hasMessageContaining("configured twice");
        assertThatThrownBy(() -> new StaffUsers(directory.resolve("absent").toString(), ""))
                .hasMessageContaining("ledger.security.users-file").hasMessageContaining("absent");
    }
}
