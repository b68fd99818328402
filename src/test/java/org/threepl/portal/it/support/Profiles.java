package org.threepl.portal.it.support;

import jakarta.json.JsonObject;

/** Reading a client's relationship profile as the API answers it. */
public final class Profiles {

    private Profiles() {}

    /** One proxy's contribution to a facet of the switching-cost profile. */
    public static JsonObject contribution(JsonObject profile, String facet, String proxy) {
        for (JsonObject f :
                profile.getJsonObject("switchingCost").getJsonArray("facets").getValuesAs(JsonObject.class)) {
            if (f.getString("facet").equals(facet)) {
                for (JsonObject c : f.getJsonArray("contributions").getValuesAs(JsonObject.class)) {
                    if (c.getString("proxy").equals(proxy)) {
                        return c;
                    }
                }
            }
        }
        throw new AssertionError("no " + proxy + " in " + facet + ": " + profile);
    }
}
