package org.disclosureledger.casework.agency.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.agency.AgencyLevel;

/** Registers an agency under its parent (null at the top of the hierarchy). */
public record RegisterAgency(@TargetAggregateIdentifier AgencyCode agency, String name, AgencyLevel level, AgencyCode parent) {
}
