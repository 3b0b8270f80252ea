package org.disclosureledger.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.disclosureledger.casework.platform.security.StaffUser;
import org.disclosureledger.casework.platform.security.StaffUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The demo's staff user: a bcrypt hash in the users file, the password in an owner-only file beside it, made once. */
class DemoStaffUserTest {
    @TempDir
    Path state;

    @Test
    void makesTheDemoStaffUserOnceWithARandomPassword() throws IOException {
        Path users = state.resolve("users");
        Path credentials = state.resolve("demo-staff.txt");

        DemoStaffUser.main(new String[] {users.toString(), credentials.toString(), "8080"});

        String password = Files.readAllLines(credentials).stream().filter(line -> line.startsWith("password="))
                .findFirst().orElseThrow().substring("password=".length());
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(Files.readString(users)).doesNotContain(password);
        StaffUser user = new StaffUsers(users.toString(), "").find(DemoStaffUser.NAME).orElseThrow();
        assertThat(user.role()).isEqualTo(StaffUser.Role.STAFF);
        assertThat(user.agency().value()).isEqualTo(DemoLedger.COUNTY);
        assertThat(new BCryptPasswordEncoder().matches(password, user.passwordHash().substring("{bcrypt}".length()))).isTrue();
        assertThat(Files.getPosixFilePermissions(credentials)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(users)).isEqualTo(PosixFilePermissions.fromString("rw-------"));

        String before = Files.readString(users);
        DemoStaffUser.main(new String[] {users.toString(), credentials.toString(), "8080"});
        assertThat(Files.readString(users)).isEqualTo(before);
        assertThat(Files.readString(credentials)).contains("password=" + password);
    }

    @Test
    void otherUsersOfTheFileAreKept() throws IOException {
        Path users = state.resolve("users");
        String first = DemoStaffUser.add(users, "a.clerk", "demo-east");
        String second = DemoStaffUser.add(users, "b.clerk", "demo-west");
        StaffUsers read = new StaffUsers(users.toString(), "");
        assertThat(read.find("a.clerk")).isPresent();
        assertThat(read.find("b.clerk")).isPresent();
        assertThat(first).isNotEqualTo(second);
    }
}
