package org.disclosureledger.casework.platform.security;

import org.disclosureledger.kernel.AgencyCode;

/**
 * A person who may sign in: staff of one agency (and so of the agencies below it), or an administrator of the whole
 * ledger. The password is only ever a bcrypt hash.
 */
public record StaffUser(String name, String passwordHash, Role role, AgencyCode agency) {
    public enum Role {
        STAFF,
        ADMINISTRATOR
    }

    public StaffUser {
        if (role == Role.STAFF && agency == null) {
            throw new IllegalArgumentException("staff user '" + name + "' needs the agency they work for");
        }
    }

    @Override
    public String toString() {
        return "StaffUser[" + name + ", " + role + (agency == null ? "" : ", " + agency) + "]";
    }
}
