package org.disclosureledger.node;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.disclosureledger.casework.platform.recording.Recording;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The demo's staff user, made by {@code ./ledger up --demo} before the node starts: staff of the demo county (and so
 * of every demo agency below it) with a random password. The users file gets only the bcrypt hash; the password goes
 * to a credentials file of its own, readable by its owner only, in the launcher's state directory (never committed).
 * Run again, it keeps the user it made.
 * <p>Arguments: the users file, the credentials file, the node's port.
 */
public final class DemoStaffUser {
    static final String NAME = "demo-staff";

    private DemoStaffUser() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: DemoStaffUser <users file> <credentials file> <port>");
        }
        Path users = Path.of(args[0]);
        Path credentials = Path.of(args[1]);
        if (Files.exists(credentials) && Files.exists(users)
                && Files.readAllLines(users, StandardCharsets.UTF_8).stream().anyMatch(line -> line.startsWith(NAME + ":"))) {
            return;
        }
        String password = add(users, NAME, DemoLedger.COUNTY);
        String example = "http://localhost:" + args[2] + "/api/v1/agencies/demo-east/applications/"
                + (LocalDate.now(Recording.CHINA).getYear() - 1) + "-001?include=applicant";
        ownerOnly(credentials, """
                # The demo's staff user (./ledger up --demo): staff of %s, so of every demo agency below it.
                # Reads and erases applicants' particulars, e.g.:
                #   curl -u '%s:%s' '%s'
                user=%s
                password=%s
                """.formatted(DemoLedger.COUNTY, NAME, password, example, NAME, password));
    }

    /** Adds {@code name} as staff of {@code agency} with a new random password (replacing a user of that name); returns the password. */
    static String add(Path users, String name, String agency) throws IOException {
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        List<String> lines = new ArrayList<>();
        if (Files.exists(users)) {
            Files.readAllLines(users, StandardCharsets.UTF_8).stream().filter(line -> !line.startsWith(name + ":")).forEach(lines::add);
        }
        lines.add(name + ":{bcrypt}" + new BCryptPasswordEncoder().encode(password) + ":STAFF:" + agency);
        ownerOnly(users, String.join("\n", lines) + "\n");
        return password;
    }

    private static void ownerOnly(Path file, String text) throws IOException {
        if (!Files.exists(file)) {
            Files.createFile(file);
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory's own protection applies
        }
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    }
}
