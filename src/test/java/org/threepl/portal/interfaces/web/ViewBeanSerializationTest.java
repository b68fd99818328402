package org.threepl.portal.interfaces.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.withSettings;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.NormalScope;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mockito.Mockito;

/**
 * The view beans survive a replicated or persisted session: every passivating bean (view, session or conversation
 * scoped) of the portal is serialisable, its injected services are not transient (the container injects normal-scoped
 * beans as serialisable client proxies, here stood in for by serialisable test doubles) and so come back after a round
 * trip, and the view data it caches in transient fields is loaded again when read, not shown as an empty page.
 */
class ViewBeanSerializationTest {

    private static final String WEB = "org.threepl.portal.interfaces.web";
    private static final Set<Class<? extends Annotation>> PASSIVATING =
            Set.of(ViewScoped.class, SessionScoped.class, ConversationScoped.class);

    private static JavaClasses web;
    private static List<Class<?>> beans;

    @BeforeAll
    static void importClasses() {
        web = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(WEB);
        beans = web.stream()
                .filter(c -> PASSIVATING.stream().anyMatch(c::isAnnotatedWith))
                .map(JavaClass::reflect)
                .sorted(java.util.Comparator.comparing(Class::getSimpleName))
                .toList();
    }

    @Test
    void theScanFindsThePortalsViewBeans() {
        List<String> names = beans.stream().map(Class::getSimpleName).toList();
        assertTrue(
                names.containsAll(List.of("DisputeBean", "InvoiceBean", "LocaleBean", "SlaBean", "UsersBean")),
                names::toString);
        assertTrue(beans.size() >= 20, names::toString);
    }

    /** A transient injected service is null after the session is restored elsewhere: the page then fails. */
    @Test
    void noInjectedFieldOfTheWebLayerIsTransient() {
        noFields()
                .that()
                .areAnnotatedWith(Inject.class)
                .and()
                .areDeclaredInClassesThat()
                .resideInAPackage(WEB + "..")
                .should()
                .haveModifier(JavaModifier.TRANSIENT)
                .because("the container injects normal-scoped beans as serialisable client proxies; a "
                        + "transient one is null " + "after a replicated or persisted session is restored")
                .check(web);
    }

    /**
     * What a passivating bean injects must itself survive passivation: a normal-scoped bean (a client proxy) or a
     * serialisable one. A @Dependent, non-serialisable service would need another approach (a normal scope, or a lookup
     * when used).
     */
    @TestFactory
    Stream<DynamicTest> everyInjectedTypeIsNormalScopedOrSerialisable() {
        return beans.stream()
                .map(bean -> DynamicTest.dynamicTest(bean.getSimpleName(), () -> {
                    for (Field f : injected(bean)) {
                        Class<?> type = f.getType();
                        boolean normalScoped = Arrays.stream(type.getAnnotations())
                                .anyMatch(a -> a.annotationType().isAnnotationPresent(NormalScope.class));
                        assertTrue(
                                normalScoped || Serializable.class.isAssignableFrom(type),
                                bean.getSimpleName() + "." + f.getName() + ": " + type.getName()
                                        + " is neither normal-scoped nor serialisable");
                    }
                }));
    }

    /**
     * Every field the bean keeps in the session, other than its injected proxies, holds a value of a serialisable type:
     * a view (an application record, not serialisable) is cached in a transient field and loaded again when read.
     */
    @TestFactory
    Stream<DynamicTest> everyKeptFieldHasASerialisableType() {
        return beans.stream()
                .map(bean -> DynamicTest.dynamicTest(bean.getSimpleName(), () -> {
                    List<String> unserialisable = new ArrayList<>();
                    for (Field f : kept(bean)) {
                        if (!serialisable(f.getGenericType())) {
                            unserialisable.add(
                                    f.getName() + " (" + f.getGenericType().getTypeName() + ")");
                        }
                    }
                    assertEquals(
                            List.of(),
                            unserialisable,
                            bean.getSimpleName() + " keeps values that cannot be serialised");
                }));
    }

    /**
     * The round trip: each bean, its injected fields set to serialisable test doubles, its identifying view parameters
     * (Long ids) set to 1 and its flags to true (so that every view the page may show is due), is serialised and
     * deserialised; afterwards no injected field is null, and each getter of view data cached in a transient field
     * loads it again from the services.
     */
    @TestFactory
    Stream<DynamicTest> everyViewBeanSurvivesASessionRoundTripAndLoadsItsViewsAgain() {
        return beans.stream()
                .map(bean -> DynamicTest.dynamicTest(bean.getSimpleName(), () -> {
                    assertTrue(
                            Serializable.class.isAssignableFrom(bean), bean.getSimpleName() + " is not Serializable");
                    var constructor = bean.getDeclaredConstructor();
                    constructor.setAccessible(true);
                    Object instance = constructor.newInstance();
                    for (Field f : injected(bean)) {
                        f.setAccessible(true);
                        f.set(instance, serialisableDouble(f.getType()));
                    }
                    for (Field f : kept(bean)) {
                        f.setAccessible(true);
                        if (f.getType() == Long.class && f.get(instance) == null) {
                            f.set(instance, 1L);
                        } else if (f.getType() == boolean.class) {
                            f.set(instance, true);
                        }
                    }

                    Object restored = roundTrip(instance);

                    for (Field f : injected(bean)) {
                        Object service = f.get(restored);
                        assertNotNull(
                                service, bean.getSimpleName() + "." + f.getName() + " is null after the round trip");
                        assertTrue(Mockito.mockingDetails(service).isMock(), bean.getSimpleName() + "." + f.getName());
                    }
                    for (Field cache : cached(bean)) {
                        Method getter = getterOf(bean, cache);
                        if (getter == null) {
                            continue; // an internal cache, filled by the method that reads it
                        }
                        int before = calls(bean, restored);
                        Object value = getter.invoke(restored);
                        // a record view is final (the double answers null for it): then the call to a service shows the
                        // load
                        assertTrue(
                                value != null || calls(bean, restored) > before,
                                bean.getSimpleName() + "." + getter.getName()
                                        + "() after the round trip did not load the view again");
                    }
                    // used: its views loaded and its table models built (their sources are kept with the view), it
                    // travels again
                    for (Field f : kept(bean)) {
                        Method getter = getterOf(bean, f);
                        if (getter != null && f.getType() == PagedDataModel.class) {
                            assertNotNull(
                                    getter.invoke(restored), bean.getSimpleName() + "." + getter.getName() + "()");
                        }
                    }
                    for (Field f : injected(bean)) {
                        f.set(
                                restored,
                                serialisableDouble(
                                        f.getType())); // a container's proxy keeps no calls, a double does: a fresh one
                    }
                    Object again = roundTrip(restored);
                    for (Field f : injected(bean)) {
                        assertNotNull(
                                f.get(again),
                                bean.getSimpleName() + "." + f.getName() + " is null after the second round trip");
                    }
                }));
    }

    @Test
    void aBeanWithAnEmptyCacheIsStillTheSameAfterTheRoundTrip() throws Exception {
        InvoiceBean bean = new InvoiceBean();
        bean.setId(42L);
        InvoiceBean restored = roundTrip(bean);
        assertEquals(42L, restored.getId());
        assertFalse(restored == bean);
    }

    private static Object serialisableDouble(Class<?> type) {
        return Mockito.mock(type, withSettings().serializable().defaultAnswer(new EmptyViews()));
    }

    private static int calls(Class<?> bean, Object instance) throws IllegalAccessException {
        int n = 0;
        for (Field f : injected(bean)) {
            n += Mockito.mockingDetails(f.get(instance)).getInvocations().size();
        }
        return n;
    }

    private static List<Field> injected(Class<?> bean) {
        return fields(bean).filter(f -> f.isAnnotationPresent(Inject.class)).toList();
    }

    /** The non-static, non-transient, non-injected fields: the state the session keeps. */
    private static List<Field> kept(Class<?> bean) {
        return fields(bean)
                .filter(f -> !f.isAnnotationPresent(Inject.class) && !Modifier.isTransient(f.getModifiers()))
                .toList();
    }

    /** Transient view data: everything transient but the values that cannot be serialised by nature (uploads). */
    private static List<Field> cached(Class<?> bean) {
        return fields(bean)
                .filter(f -> Modifier.isTransient(f.getModifiers()) && !f.isAnnotationPresent(Inject.class))
                .filter(f -> !f.getType().getName().startsWith("org.primefaces.model.file."))
                .toList();
    }

    private static Stream<Field> fields(Class<?> bean) {
        return Arrays.stream(bean.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()) && !f.isSynthetic());
    }

    private static Method getterOf(Class<?> bean, Field field) {
        String name = Character.toUpperCase(field.getName().charAt(0))
                + field.getName().substring(1);
        for (String candidate : List.of("get" + name, "is" + name)) {
            try {
                return bean.getMethod(candidate);
            } catch (NoSuchMethodException e) {
                // try the next
            }
        }
        return null;
    }

    private static boolean serialisable(java.lang.reflect.Type type) {
        if (type instanceof Class<?> c) {
            return c.isPrimitive() || Serializable.class.isAssignableFrom(c);
        }
        if (type instanceof java.lang.reflect.ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            // the collections a bean keeps are built as ArrayList, List.of, LinkedHashMap …: serialisable if their
            // elements are
            boolean container =
                    java.util.Collection.class.isAssignableFrom(raw) || java.util.Map.class.isAssignableFrom(raw);
            if (container) {
                return Arrays.stream(p.getActualTypeArguments()).allMatch(ViewBeanSerializationTest::serialisable);
            }
            // another generic type (a table model) keeps what its own fields say: the round trip checks it
            return Serializable.class.isAssignableFrom(raw);
        }
        // type variables and wildcards: judged where they are bound
        return true;
    }

    /**
     * What a test double's service answers: empty collections and zeros (Mockito's empty values), a view record built
     * from such values (records are final, the double cannot stand in for them), a test double of any other class.
     */
    static final class EmptyViews implements org.mockito.stubbing.Answer<Object>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public Object answer(org.mockito.invocation.InvocationOnMock invocation) throws Throwable {
            Class<?> type = invocation.getMethod().getReturnType();
            Object empty = Mockito.RETURNS_DEFAULTS.answer(invocation);
            if (empty != null || type.isPrimitive()) {
                return empty;
            }
            Object value = value(type, 0);
            return value != null ? value : Mockito.RETURNS_MOCKS.answer(invocation);
        }

        private static Object value(Class<?> type, int depth) {
            if (type == String.class) {
                return "";
            }
            if (type == Integer.class || type == int.class) {
                return 0;
            }
            if (type == Long.class || type == long.class) {
                return 0L;
            }
            if (type == Boolean.class || type == boolean.class) {
                return false;
            }
            if (type == java.math.BigDecimal.class) {
                return java.math.BigDecimal.ZERO;
            }
            if (type == List.class || type == java.util.Collection.class) {
                return List.of();
            }
            if (type == Set.class) {
                return Set.of();
            }
            if (type == java.util.Map.class) {
                return java.util.Map.of();
            }
            if (type == java.util.Optional.class) {
                return java.util.Optional.empty();
            }
            if (type.isEnum()) {
                return type.getEnumConstants()[0];
            }
            if (type.isRecord() && depth < 6) {
                var components = type.getRecordComponents();
                Object[] args = new Object[components.length];
                Class<?>[] types = new Class<?>[components.length];
                for (int i = 0; i < components.length; i++) {
                    types[i] = components[i].getType();
                    args[i] = value(types[i], depth + 1);
                }
                try {
                    var canonical = type.getDeclaredConstructor(types);
                    canonical.setAccessible(true);
                    return canonical.newInstance(args);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    return null; // a record that refuses empty values: the caller sees null, as from a double
                }
            }
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T bean) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(bean);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
