package org.threepl.portal.domain.model.shipment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.Set;
import org.threepl.portal.domain.model.shared.DocumentType;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/** The signed delivery document of a shipment (a scan or PDF), stored apart so that lists never load it. */
@Entity
@Table(name = "pod_document")
public class PodDocument {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final Set<String> TYPES = Set.of("application/pdf", "image/png", "image/jpeg");

    @Id
    @Column(name = "shipment_id")
    private Long shipmentId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    // read whole with the entity: pages that show the document read its name by a projection (PodDocumentName)
    @Column(name = "content", nullable = false)
    private byte[] content;

    protected PodDocument() {
        // for JPA
    }

    public PodDocument(Long shipmentId, String fileName, byte[] content) {
        this.shipmentId = Objects.requireNonNull(shipmentId, "shipmentId");
        if (fileName == null || fileName.isBlank() || fileName.length() > 200) {
            throw new DomainRuleViolation(
                    "document", "rule.pod.document.name", "A document file name of 1 to 200 characters is required");
        }
        if (content == null || content.length == 0 || content.length > MAX_BYTES) {
            throw new DomainRuleViolation(
                    "document", "rule.pod.document.size", "A document has 1 byte to {0} MiB", MAX_BYTES / 1024 / 1024);
        }
        this.contentType = sniff(content);
        this.fileName = DocumentType.safeFileName(fileName);
        this.content = content.clone();
    }

    /** The type by content, not by name: only PDF, PNG and JPEG are accepted. */
    static String sniff(byte[] b) {
        return DocumentType.of(b)
                .orElseThrow(() -> new DomainRuleViolation(
                        "document",
                        "rule.pod.document.type",
                        "A proof-of-delivery document must be a PDF, PNG or JPEG file (by its content); allowed: {0}",
                        TYPES));
    }

    public Long shipmentIdValue() {
        return shipmentId;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] content() {
        return content.clone();
    }
}
