package org.threepl.portal.interfaces.web;

import java.io.Serializable;
import java.time.LocalDate;
import org.threepl.portal.application.AccessDeniedException;
import org.threepl.portal.application.relationship.AccountRecords;
import org.threepl.portal.domain.model.relationship.ContactKind;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/** The contact being logged on a client's relationship page ({@code #{b.contactForm}}, the form {@code contact}). */
public class ContactForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String kind = ContactKind.CALL.name();
    private LocalDate occurredOn;
    private String contactPerson;
    private String summary;
    private String nextStep;
    private LocalDate nextStepDue;

    /**
     * Logs the contact: true when logged (the form is emptied), false when refused (the message is on the input
     * concerned).
     */
    boolean submit(AccountRecords records, Long org) {
        try {
            records.logContact(
                    org,
                    new AccountRecords.NewContact(kind, occurredOn, contactPerson, summary, nextStep, nextStepDue));
            Faces.info(Faces.text("rel.contact.logged"));
            clear();
            return true;
        } catch (DomainRuleViolation e) {
            Faces.error(e.field() == null ? null : componentId(e.field()), Faces.refusal(e));
        } catch (AccessDeniedException e) {
            Faces.error(Faces.refusal(e));
        }
        return false;
    }

    /** After a contact is logged: an empty form, of the same kind. */
    private void clear() {
        occurredOn = null;
        contactPerson = null;
        summary = null;
        nextStep = null;
        nextStepDue = null;
    }

    /** The input a refused field belongs to; a rule about the contact as a whole goes to the summary. */
    private static String componentId(String field) {
        return "contact:"
                + switch (field) {
                    case "kind", "occurredOn", "contactPerson", "nextStep", "nextStepDue" -> field;
                    default -> "summary";
                };
    }

    public ContactKind[] getKinds() {
        return ContactKind.values();
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getNextStep() {
        return nextStep;
    }

    public void setNextStep(String nextStep) {
        this.nextStep = nextStep;
    }

    public LocalDate getNextStepDue() {
        return nextStepDue;
    }

    public void setNextStepDue(LocalDate nextStepDue) {
        this.nextStepDue = nextStepDue;
    }
}
