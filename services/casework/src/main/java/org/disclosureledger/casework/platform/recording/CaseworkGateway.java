package org.disclosureledger.casework.platform.recording;

import org.disclosureledger.casework.platform.problems.Refusal;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.disclosureledger.casework.platform.problems.Refusal.Reason;
import org.springframework.stereotype.Component;

/**
 * Sends a command with who records it and when, and answers with the ledger's own refusals: a step of a case
 * that does not exist, or a case recorded twice at the same moment, become a {@link Refusal} that says so.
 */
@Component
public class CaseworkGateway {
    private final CommandGateway commandGateway;

    public CaseworkGateway(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    public void record(Object command, Recording recording) {
        try {
            commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(recording.metaData()));
        } catch (AggregateNotFoundException e) {
            String[] id = String.valueOf(e.getAggregateIdentifier()).split("/", 3);
            if (id.length < 3) {
                throw new Refusal(Reason.UNKNOWN_AGENCY, "agency", "agency '" + id[0] + "' is not registered");
            }
            throw new Refusal(Reason.UNKNOWN_CASE, id[1], "no " + id[1] + " '" + id[2] + "' has been recorded for agency " + id[0]);
        } catch (ConcurrencyException e) {
            throw new Refusal(Reason.CASE_ALREADY_EXISTS, "type", "the case was recorded by someone else at the same moment; "
                    + "look at it and try again");
        } catch (CommandExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
