package org.threepl.portal.domain.model.relationship;

/**
 * The retention bonds the portal knows (after Berry and Parasuraman's three levels): financial bonds are easy to copy,
 * social bonds less so, structural bonds least. Most are derived from the portal's data; a volume discount and
 * dedicated assets are facts the 3PL's staff record.
 */
public enum Bond {
    /** The partnership tier grants a price incentive. */
    PRICE_INCENTIVE(Type.FINANCIAL, Source.DERIVED),
    /** A volume discount agreed outside the tiers (recorded). */
    VOLUME_DISCOUNT(Type.FINANCIAL, Source.RECORDED),
    /** An account manager looks after the client. */
    DEDICATED_ACCOUNT_MANAGER(Type.SOCIAL, Source.DERIVED),
    /** The contact and business-review cadence the tier promises is kept. */
    CONTACT_CADENCE_MET(Type.SOCIAL, Source.DERIVED),
    /** The client's systems talk to the portal: an API key used within the last 30 days. */
    SYSTEM_INTEGRATION(Type.STRUCTURAL, Source.DERIVED),
    /** Processes made for this client: customised SLA terms or an agreed dispute procedure. */
    CUSTOM_PROCESSES(Type.STRUCTURAL, Source.DERIVED),
    /** Warehouse space or equipment dedicated to the client (recorded). */
    DEDICATED_ASSETS(Type.STRUCTURAL, Source.RECORDED);

    public enum Type {
        FINANCIAL,
        SOCIAL,
        STRUCTURAL
    }

    /** Whether the portal finds the bond in its data or the 3PL's staff record it. */
    public enum Source {
        DERIVED,
        RECORDED
    }

    private final Type type;
    private final Source source;

    Bond(Type type, Source source) {
        this.type = type;
        this.source = source;
    }

    public Type type() {
        return type;
    }

    public Source source() {
        return source;
    }
}
