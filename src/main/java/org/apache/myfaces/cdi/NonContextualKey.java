package org.apache.myfaces.cdi;

import jakarta.enterprise.context.spi.Contextual;
import jakarta.enterprise.context.spi.CreationalContext;
import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

/**
 * A stand-in, readable by the application's class loader, for the MyFaces class of this name, so that a session can be
 * read back on another server of a cluster (ops/drill.sh, docs/operations.md).
 *
 * <p>MyFaces files every value put in a view's map (PrimeFaces puts its CSP nonce there on every page) under a key of
 * this class, in the session. Liberty's faces-4.1 does not export this package to the thread context, as it does
 * MyFaces' other packages whose objects live in sessions, so Liberty could not deserialise such a session (SESN0051E,
 * {@code ClassNotFoundException}) and the user whose server died lost their session. The key is read back as this
 * class: the same name, serialised form and version. MyFaces finds its values by the key objects it keeps, which stay
 * the same objects, so the class of the key does not matter to it; when the view ends, MyFaces, not knowing this class
 * as its own, takes the key for a bean's and asks it to destroy its value, which is a plain value: nothing to do.
 * Remove this class when Liberty exports the package.
 */
public class NonContextualKey implements Serializable, Contextual<Object> {

    /** MyFaces' (4.1) computed version of the class, which the stream names. */
    @Serial
    private static final long serialVersionUID = -6157903352309429407L;

    private String name;

    public NonContextualKey() {}

    public NonContextualKey(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @Override
    public boolean equals(Object o) {
        return this == o
                || (o != null && getClass() == o.getClass() && Objects.equals(name, ((NonContextualKey) o).name));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(name);
    }

    /** Nothing to make: a view map's value is put there, not made by CDI (MyFaces never asks). */
    @Override
    public Object create(CreationalContext<Object> context) {
        return null;
    }

    /** The value (a nonce, a string) needs no destroying. */
    @Override
    public void destroy(Object instance, CreationalContext<Object> context) {
        // nothing to release
    }
}
