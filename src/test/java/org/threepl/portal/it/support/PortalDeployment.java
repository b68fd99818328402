package org.threepl.portal.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archive every Arquillian test deploys: the real WAR that `mvn package` built. */
public final class PortalDeployment {

    private PortalDeployment() {}

    public static WebArchive war() {
        File war = new File(System.getProperty("portal.war", "target/portal.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn verify does): " + war.getAbsolutePath());
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
