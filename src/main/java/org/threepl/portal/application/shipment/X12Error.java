package org.threepl.portal.application.shipment;

/**
 * What is wrong in a transaction set, with its codes in a 997: the segment's (AK3-04), the element's (AK4-03) and the
 * set's (AK5-02).
 */
public enum X12Error {
    UNRECOGNIZED_SEGMENT("1", null, "5"),
    UNEXPECTED_SEGMENT("2", null, "5"),
    MANDATORY_SEGMENT_MISSING("3", null, "5"),
    SEGMENT_NOT_IN_SET("6", null, "5"),
    SEGMENT_COUNT(null, null, "4"),
    CONTROL_NUMBER(null, null, "3"),
    ELEMENT_MISSING("8", "1", "5"),
    TOO_MANY_ELEMENTS("8", "3", "5"),
    TOO_SHORT("8", "4", "5"),
    TOO_LONG("8", "5", "5"),
    INVALID_CHARACTER("8", "6", "5"),
    INVALID_CODE("8", "7", "5"),
    INVALID_DATE("8", "8", "5"),
    INVALID_TIME("8", "9", "5");

    private final String segmentCode;
    private final String elementCode;
    private final String setCode;

    X12Error(String segmentCode, String elementCode, String setCode) {
        this.segmentCode = segmentCode;
        this.elementCode = elementCode;
        this.setCode = setCode;
    }

    /** AK3-04, or null when the error is the set's (a count or control number in SE). */
    public String segmentCode() {
        return segmentCode;
    }

    /** AK4-03, or null when the error is the segment's. */
    public String elementCode() {
        return elementCode;
    }

    /** AK5-02. */
    public String setCode() {
        return setCode;
    }
}
