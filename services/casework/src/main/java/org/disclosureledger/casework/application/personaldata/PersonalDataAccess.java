package org.disclosureledger.casework.application.personaldata;

import org.disclosureledger.casework.agency.read.AgencyDirectory;
import org.disclosureledger.casework.platform.security.StaffUser;
import org.disclosureledger.casework.platform.security.StaffUser.Role;
import org.disclosureledger.casework.platform.security.StaffUsers;
import org.disclosureledger.kernel.AgencyCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may see or erase the personal data of an agency's applicants: a signed-in user who is staff of that agency (to
 * see them, also staff of an agency above it in the hierarchy), or an administrator. Anyone else is refused:
 * unauthenticated (401) or not allowed (403), answered by {@code SecurityProblems}.
 */
@Component
public class PersonalDataAccess {
    private final StaffUsers users;
    private final AgencyDirectory agencies;

    public PersonalDataAccess(StaffUsers users, AgencyDirectory agencies) {
        this.users = users;
        this.agencies = agencies;
    }

    /** The signed-in user, if staff of {@code agency} or of an agency above it, or an administrator; else refused. */
    public StaffUser requireToSee(AgencyCode agency) {
        StaffUser user = signedIn(agency);
        if (user.role() == Role.ADMINISTRATOR || agencies.isAtOrBelow(agency, user.agency())) {
            return user;
        }
        throw new AccessDeniedException("user '" + user.name() + "' is staff of agency " + user.agency() + ", which is neither "
                + agency + " nor an agency above it: applicants' personal data of " + agency + " is not theirs to see");
    }

    /** The signed-in user, if staff of {@code agency} itself (which holds the data), or an administrator; else refused. */
    public StaffUser requireToErase(AgencyCode agency) {
        StaffUser user = signedIn(agency);
        if (user.role() == Role.ADMINISTRATOR || agency.equals(user.agency())) {
            return user;
        }
        throw new AccessDeniedException("user '" + user.name() + "' is staff of agency " + user.agency()
                + ": only staff of " + agency + " itself or an administrator erase its applicants' personal data");
    }

    private StaffUser signedIn(AgencyCode agency) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()) {
            throw new InsufficientAuthenticationException("applicants' personal data of agency " + agency
                    + " is shown only to its staff: sign in (HTTP Basic)");
        }
        return users.find(who.getName())
                .orElseThrow(() -> new AccessDeniedException("user '" + who.getName() + "' is not a configured staff user"));
    }
}
