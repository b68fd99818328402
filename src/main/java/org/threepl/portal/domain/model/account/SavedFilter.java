package org.threepl.portal.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/** A list filter a user saved under a name; {@code definition} is the filter as URL query parameters. */
@Entity
@Table(name = "saved_filter")
public class SavedFilter {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_filter_seq")
    @SequenceGenerator(name = "saved_filter_seq", sequenceName = "saved_filter_seq", allocationSize = 50)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "definition", nullable = false, length = 2000)
    private String definition;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SavedFilter() {
        // for JPA
    }

    public SavedFilter(Long userId, String name, String definition, Instant createdAt) {
        this.userId = Objects.requireNonNull(userId, "userId");
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new DomainRuleViolation(
                    "name", "rule.savedFilter.name", "A saved filter needs a name of 1 to {0} characters", 100);
        }
        if (definition == null || definition.length() > 2000) {
            throw new DomainRuleViolation(
                    "definition",
                    "rule.savedFilter.definition",
                    "A filter definition has at most {0} characters",
                    2000);
        }
        this.name = name.strip();
        this.definition = definition;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public Long id() {
        return id;
    }

    public Long userId() {
        return userId;
    }

    public String name() {
        return name;
    }

    public String definition() {
        return definition;
    }
}
