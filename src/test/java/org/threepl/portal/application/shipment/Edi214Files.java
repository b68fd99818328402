package org.threepl.portal.application.shipment;

/** X12 214 interchanges for tests, written by hand from the 214's structure: ISA/GS/ST … SE/GE/IEA. */
final class Edi214Files {

    private Edi214Files() {}

    static final String GS = "GS*QM*CARRIER01*SHIPPER01*20261201*1200*7*X*004010~";

    static String isa(String control) {
        return "ISA*00*          *00*          *ZZ*CARRIER01      *ZZ*SHIPPER01      *261201*1200*U*00401*"
                + control
                + "*0*P*>~";
    }

    /** A set for one shipment: B10, L11 SI, then one LX/AT7/MS1/MS2 per status; SE counts them. */
    static String set(String control, String reference, String... statuses) {
        StringBuilder b = new StringBuilder("ST*214*" + control + "~B10*PRO" + control + "*" + reference + "*ACME~");
        b.append("L11*").append(reference).append("*SI~");
        int segments = 4;
        int n = 0;
        for (String status : statuses) {
            n++;
            b.append("LX*")
                    .append(n)
                    .append("~AT7*")
                    .append(status)
                    .append("~MS1*Chicago*IL*US~MS2*ACME*TRL")
                    .append(n)
                    .append('~');
            segments += 4;
        }
        return b.append("SE*")
                .append(segments)
                .append('*')
                .append(control)
                .append('~')
                .toString();
    }

    static String interchange(String... sets) {
        return isa("000000101") + GS + String.join("", sets) + "GE*" + sets.length + "*7~IEA*1*000000101~";
    }
}
