package org.disclosureledger.casework.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.disclosureledger.casework.platform.security.StaffUser.Role;
import org.disclosureledger.kernel.AgencyCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The users who may sign in, configured outside the repository: the file named by {@code ledger.security.users-file}
 * and the entries of {@code ledger.security.users} (environment {@code LEDGER_USERS}, entries separated by newlines or
 * ';'). One user per line: {@code name:{bcrypt}hash:STAFF:agency} or {@code name:{bcrypt}hash:ADMINISTRATOR};
 * blank lines and lines starting with '#' are skipped. A line that cannot be read stops the start, naming it.
 * None configured: nobody can sign in, and so nobody can read applicants' personal data.
 */
@Component
public class StaffUsers {
    public static final String FILE_PROPERTY = "ledger.security.users-file";
    public static final String ENTRIES_PROPERTY = "ledger.security.users";

    private static final Pattern NAME = Pattern.compile("[^\\s:;#][^\\s:;]{0,99}");
    private static final Pattern BCRYPT = Pattern.compile("\\{bcrypt}\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");

    private final Map<String, StaffUser> users = new LinkedHashMap<>();

    public StaffUsers(@Value("${" + FILE_PROPERTY + ":}") String file, @Value("${" + ENTRIES_PROPERTY + ":}") String entries) {
        if (!file.isBlank()) {
            Path path = Path.of(file.strip());
            if (!Files.isRegularFile(path)) {
                throw new IllegalStateException(FILE_PROPERTY + ": no such file " + path.toAbsolutePath());
            }
            try {
                read(path.toString(), Files.readString(path, StandardCharsets.UTF_8).split("\r?\n", -1));
            } catch (IOException e) {
                throw new UncheckedIOException(FILE_PROPERTY + ": cannot read " + path.toAbsolutePath(), e);
            }
        }
        read(ENTRIES_PROPERTY, entries.split("\r?\n|;", -1));
    }

    public Optional<StaffUser> find(String name) {
        return Optional.ofNullable(users.get(name));
    }

    public boolean isEmpty() {
        return users.isEmpty();
    }

    private void read(String source, String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            StaffUser user = user(line, source + " entry " + (i + 1));
            if (users.putIfAbsent(user.name(), user) != null) {
                throw new IllegalStateException(source + " entry " + (i + 1) + ": user '" + user.name() + "' is configured twice");
            }
        }
    }

    /** Errors name the entry and what is wrong, never the hash. */
    private static StaffUser user(String line, String where) {
        String[] parts = line.split(":", -1);
        if (parts.length < 3 || parts.length > 4) {
            throw new IllegalStateException(where + ": expected name:{bcrypt}hash:STAFF:agency or name:{bcrypt}hash:ADMINISTRATOR");
        }
        String name = parts[0];
        if (!NAME.matcher(name).matches()) {
            throw new IllegalStateException(where + ": the user name must be 1-100 characters without spaces, ':' or ';'");
        }
        if (!BCRYPT.matcher(parts[1]).matches()) {
            throw new IllegalStateException(where + ": the password of '" + name + "' must be a {bcrypt} hash (never the password itself)");
        }
        Role role;
        try {
            role = Role.valueOf(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": role of '" + name + "' must be STAFF or ADMINISTRATOR, not '" + parts[2] + "'");
        }
        String agency = parts.length == 4 ? parts[3].strip() : "";
        if (role == Role.STAFF && agency.isEmpty()) {
            throw new IllegalStateException(where + ": staff user '" + name + "' needs the agency they work for (name:{bcrypt}hash:STAFF:agency)");
        }
        try {
            return new StaffUser(name, parts[1], role, agency.isEmpty() ? null : AgencyCode.of(agency));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": " + e.getMessage());
        }
    }
}
