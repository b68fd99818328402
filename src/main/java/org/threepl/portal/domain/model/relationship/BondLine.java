package org.threepl.portal.domain.model.relationship;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.threepl.portal.domain.model.shared.Message;

/** A retention bond as a {@link RelationshipSnapshot} found it: in place or not, and the evidence. */
@Embeddable
public class BondLine {
    @Enumerated(EnumType.STRING)
    @Column(name = "bond", nullable = false, length = 32)
    private Bond bond;

    @Column(name = "in_place", nullable = false)
    private boolean inPlace;

    @Column(name = "evidence", nullable = false, length = 4000)
    private Message evidence;

    protected BondLine() {
        // for JPA
    }

    BondLine(RetentionBonds.Status s) {
        this.bond = s.bond();
        this.inPlace = s.inPlace();
        this.evidence = s.evidence();
    }

    public Bond bond() {
        return bond;
    }

    public boolean inPlace() {
        return inPlace;
    }

    public Message evidence() {
        return evidence;
    }
}
