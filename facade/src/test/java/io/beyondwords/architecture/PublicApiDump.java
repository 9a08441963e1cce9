package io.beyondwords.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A text dump of a set of classes' public API, in the spirit of Kotlin's binary-compatibility-validator {@code .api}
 * files: one block per exported class (its declaration line, then one indented line per public or protected field,
 * constructor and method), blocks sorted by binary name and separated by a blank line, members sorted by kind, name and
 * parameter types. Any change to what a user can compile against changes the text.
 *
 * <p>Built with {@code java.lang.reflect}, whose {@code getGeneric*} methods give the signatures exactly as declared
 * (type parameters, bounds, wildcards). Every type is written fully qualified, nested types with {@code .} as in Java
 * source. Modifiers the language implies are left out, as a reader of the source would expect: {@code abstract} on
 * interfaces, {@code static} on nested interfaces, enums and records, {@code final} on enums and records, and the
 * {@code Enum}, {@code Record} and {@code Annotation} supertypes. Abstract and default interface methods are marked
 * {@code abstract} and {@code default}, because turning one into the other changes what implementors must write.
 */
final class PublicApiDump {
    private static final String INDENT = "  ";

    private PublicApiDump() {
    }

    /**
     * The classes compiled into {@code classesRoot} under {@code basePackage}, loaded without initialising them.
     * Anonymous and local classes, {@code package-info} and {@code module-info} are skipped; whether a class is
     * exported is left to {@link #of(Collection)}.
     *
     * @param classesRoot a compiler output directory, such as {@code target/classes}
     * @param basePackage the package to scan, with its subpackages
     * @param excludedPackages subpackages of {@code basePackage} to leave out, with theirs
     * @param loader the class loader that can load those classes
     * @return the classes, in no particular order
     */
    static List<Class<?>> classesIn(Path classesRoot, String basePackage, List<String> excludedPackages,
            ClassLoader loader) {
        Path packageDir = classesRoot.resolve(basePackage.replace('.', '/'));
        List<Path> excludedDirs = excludedPackages.stream()
                .map(p -> classesRoot.resolve(p.replace('.', '/')))
                .collect(Collectors.toList());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(packageDir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String fileName = file.getFileName().toString();
                if (!fileName.endsWith(".class") || fileName.equals("package-info.class")
                        || fileName.equals("module-info.class") || excludedDirs.stream().anyMatch(file::startsWith)) {
                    continue;
                }
                String relative = classesRoot.relativize(file).toString().replace(file.getFileSystem().getSeparator(),
                        "/");
                String binaryName = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
                Class<?> c = Class.forName(binaryName, false, loader);
                if (!c.isAnonymousClass() && !c.isLocalClass() && !c.isSynthetic()) {
                    classes.add(c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + packageDir, e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("a class file under " + packageDir + " does not load", e);
        }
        return classes;
    }

    /**
     * The dump of the exported classes among {@code classes}: public ones (and protected nested ones, which subclasses
     * elsewhere can use like protected members) whose enclosing classes are exported too. The others are ignored.
     *
     * @param classes any classes
     * @return the dump, lines separated and ended by {@code \n}; empty if no class is exported
     */
    static String of(Collection<Class<?>> classes) {
        List<Class<?>> exported = classes.stream()
                .filter(PublicApiDump::isExported)
                .distinct()
                .sorted(Comparator.comparing(Class::getName))
                .collect(Collectors.toList());
        StringBuilder dump = new StringBuilder();
        for (Class<?> c : exported) {
            if (dump.length() > 0) {
                dump.append('\n');
            }
            dump.append(declaration(c)).append('\n');
            for (Member m : members(c)) {
                dump.append(INDENT).append(m.line).append('\n');
            }
        }
        return dump.toString();
    }

    private static boolean isExported(Class<?> c) {
        if (c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()) {
            return false;
        }
        Class<?> enclosing = c.getDeclaringClass();
        if (enclosing == null) {
            return Modifier.isPublic(c.getModifiers());
        }
        return isVisible(c.getModifiers()) && isExported(enclosing);
    }

    private static boolean isVisible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    // ---------------------------------------------------------------------------------------------------- classes

    private static String declaration(Class<?> c) {
        int mods = c.getModifiers();
        boolean nested = c.getDeclaringClass() != null;
        boolean plainClass = !c.isInterface() && !c.isEnum() && !c.isRecord();
        List<String> words = new ArrayList<>();
        words.add(visibility(mods));
        if (plainClass && Modifier.isAbstract(mods)) {
            words.add("abstract");
        }
        if (plainClass && nested && Modifier.isStatic(mods)) {
            words.add("static");
        }
        if (plainClass && Modifier.isFinal(mods)) {
            words.add("final");
        }
        if (!c.isEnum() && !c.isAnnotation()) {
            if (c.isSealed()) {
                words.add("sealed");
            } else if (isNonSealed(c)) {
                words.add("non-sealed");
            }
        }
        words.add(kind(c));
        StringBuilder line = new StringBuilder(String.join(" ", words));
        line.append(' ').append(className(c)).append(typeParameters(c.getTypeParameters(), ""));
        if (c.isRecord()) {
            line.append(Arrays.stream(c.getRecordComponents())
                    .map(rc -> type(rc.getGenericType()) + " " + rc.getName())
                    .collect(Collectors.joining(", ", "(", ")")));
        }
        Type superclass = c.getGenericSuperclass();
        if (plainClass && superclass != null && superclass != Object.class) {
            line.append(" extends ").append(type(superclass));
        }
        List<Type> interfaces = Arrays.stream(c.getGenericInterfaces())
                .filter(i -> !(c.isAnnotation() && i == java.lang.annotation.Annotation.class))
                .collect(Collectors.toList());
        if (!interfaces.isEmpty()) {
            line.append(c.isInterface() ? " extends " : " implements ")
                    .append(interfaces.stream().map(PublicApiDump::type).collect(Collectors.joining(", ")));
        }
        if (c.isSealed() && !c.isEnum()) {
            // The class file lists the permitted subclasses in source order; reordering them is no API change.
            line.append(" permits ").append(Arrays.stream(c.getPermittedSubclasses())
                    .map(PublicApiDump::className).sorted().collect(Collectors.joining(", ")));
        }
        return line.toString();
    }

    private static String kind(Class<?> c) {
        if (c.isAnnotation()) {
            return "@interface";
        }
        if (c.isInterface()) {
            return "interface";
        }
        if (c.isEnum()) {
            return "enum";
        }
        if (c.isRecord()) {
            return "record";
        }
        return "class";
    }

    /**
     * {@code non-sealed} leaves no flag in the class file; a class or interface is non-sealed exactly when it is
     * neither final nor sealed but extends or implements a sealed type directly.
     */
    private static boolean isNonSealed(Class<?> c) {
        if (Modifier.isFinal(c.getModifiers()) || c.isSealed() || c.isRecord()) {
            return false;
        }
        Class<?> superclass = c.getSuperclass();
        if (superclass != null && superclass.isSealed()) {
            return true;
        }
        return Arrays.stream(c.getInterfaces()).anyMatch(Class::isSealed);
    }

    // ---------------------------------------------------------------------------------------------------- members

    /** One member's line and the key it is sorted by: kind (field, constructor, method), name, parameter types. */
    private static final class Member {
        final int kind;
        final String name;
        final String parameters;
        final String line;

        Member(int kind, String name, String parameters, String line) {
            this.kind = kind;
            this.name = name;
            this.parameters = parameters;
            this.line = line;
        }
    }

    private static final Comparator<Member> MEMBER_ORDER = Comparator.<Member>comparingInt(m -> m.kind)
            .thenComparing(m -> m.name)
            .thenComparing(m -> m.parameters)
            .thenComparing(m -> m.line);

    private static List<Member> members(Class<?> c) {
        List<Member> members = new ArrayList<>();
        for (Field f : c.getDeclaredFields()) {
            if (isVisible(f.getModifiers()) && !f.isSynthetic()) {
                members.add(new Member(0, f.getName(), "", field(f)));
            }
        }
        for (Constructor<?> k : c.getDeclaredConstructors()) {
            if (isVisible(k.getModifiers()) && !k.isSynthetic()) {
                String parameters = parameters(k);
                String line = executableModifiers(k) + typeParameters(k.getTypeParameters(), " ") + className(c)
                        + parameters + exceptions(k);
                members.add(new Member(1, "", parameters, line));
            }
        }
        for (Method m : c.getDeclaredMethods()) {
            if (isVisible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                String parameters = parameters(m);
                String line = executableModifiers(m) + typeParameters(m.getTypeParameters(), " ")
                        + type(m.getGenericReturnType()) + " " + m.getName() + parameters + exceptions(m);
                members.add(new Member(2, m.getName(), parameters, line));
            }
        }
        members.sort(MEMBER_ORDER);
        return members;
    }

    private static String field(Field f) {
        int mods = f.getModifiers();
        StringBuilder line = new StringBuilder(visibility(mods));
        if (Modifier.isStatic(mods)) {
            line.append(" static");
        }
        if (Modifier.isFinal(mods)) {
            line.append(" final");
        }
        line.append(' ').append(type(f.getGenericType())).append(' ').append(f.getName());
        if (Modifier.isStatic(mods) && Modifier.isFinal(mods)
                && (f.getType().isPrimitive() || f.getType() == String.class)) {
            line.append(" = ").append(literal(constantValue(f)));
        }
        return line.toString();
    }

    /**
     * The field's value. Reading it initialises the class; for a constant the value was fixed by the compiler, and a
     * static final of primitive or String type that is computed at run time would print whatever it computes.
     */
    private static Object constantValue(Field f) {
        try {
            // A protected field of a public class is not accessible from this package without it.
            f.setAccessible(true);
            return f.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + f, e);
        }
    }

    private static String literal(Object value) {
        if (value instanceof String) {
            return '"' + escape((String) value, '"') + '"';
        }
        if (value instanceof Character) {
            return "'" + escape(value.toString(), '\'') + "'";
        }
        if (value instanceof Long) {
            return value + "L";
        }
        if (value instanceof Float) {
            return value + "f";
        }
        return String.valueOf(value);
    }

    private static String escape(String text, char quote) {
        StringBuilder escaped = new StringBuilder();
        for (char ch : text.toCharArray()) {
            if (ch == quote || ch == '\\') {
                escaped.append('\\').append(ch);
            } else if (ch == '\n') {
                escaped.append("\\n");
            } else if (ch == '\r') {
                escaped.append("\\r");
            } else if (ch == '\t') {
                escaped.append("\\t");
            } else if (ch < 0x20 || ch > 0x7e) {
                // Non-ASCII as escapes too, so the dump file is plain ASCII whatever the platform encoding.
                escaped.append(String.format("\\u%04x", (int) ch));
            } else {
                escaped.append(ch);
            }
        }
        return escaped.toString();
    }

    private static String executableModifiers(Executable e) {
        int mods = e.getModifiers();
        StringBuilder words = new StringBuilder(visibility(mods));
        if (Modifier.isAbstract(mods)) {
            words.append(" abstract");
        }
        if (e instanceof Method && ((Method) e).isDefault()) {
            words.append(" default");
        }
        if (Modifier.isStatic(mods)) {
            words.append(" static");
        }
        if (Modifier.isFinal(mods)) {
            words.append(" final");
        }
        return words.append(' ').toString();
    }

    private static String parameters(Executable e) {
        Type[] types = e.getGenericParameterTypes();
        List<String> rendered = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            String t = type(types[i]);
            if (e.isVarArgs() && i == types.length - 1) {
                t = t.substring(0, t.length() - "[]".length()) + "...";
            }
            rendered.add(t);
        }
        return rendered.stream().collect(Collectors.joining(", ", "(", ")"));
    }

    private static String exceptions(Executable e) {
        Type[] thrown = e.getGenericExceptionTypes();
        if (thrown.length == 0) {
            return "";
        }
        return Arrays.stream(thrown).map(PublicApiDump::type).collect(Collectors.joining(", ", " throws ", ""));
    }

    private static String visibility(int modifiers) {
        return Modifier.isPublic(modifiers) ? "public" : "protected";
    }

    // ---------------------------------------------------------------------------------------------------- types

    private static String typeParameters(TypeVariable<?>[] variables, String after) {
        if (variables.length == 0) {
            return "";
        }
        return Arrays.stream(variables).map(PublicApiDump::typeParameter)
                .collect(Collectors.joining(", ", "<", ">" + after));
    }

    private static String typeParameter(TypeVariable<?> variable) {
        List<Type> bounds = Arrays.stream(variable.getBounds())
                .filter(b -> b != Object.class)
                .collect(Collectors.toList());
        if (bounds.isEmpty()) {
            return variable.getName();
        }
        return variable.getName() + " extends "
                + bounds.stream().map(PublicApiDump::type).collect(Collectors.joining(" & "));
    }

    /** A type as Java source would write it, fully qualified, with {@code .} between nested class names. */
    private static String type(Type t) {
        if (t instanceof Class) {
            Class<?> c = (Class<?>) t;
            return c.isArray() ? type(c.getComponentType()) + "[]" : className(c);
        }
        if (t instanceof ParameterizedType) {
            ParameterizedType p = (ParameterizedType) t;
            Class<?> raw = (Class<?>) p.getRawType();
            // Only an inner class of a generic class has a parameterized owner (Outer<T>.Inner); otherwise the
            // owner is already part of the raw class's name.
            String base = p.getOwnerType() instanceof ParameterizedType
                    ? type(p.getOwnerType()) + "." + raw.getSimpleName()
                    : className(raw);
            return base + Arrays.stream(p.getActualTypeArguments()).map(PublicApiDump::type)
                    .collect(Collectors.joining(", ", "<", ">"));
        }
        if (t instanceof GenericArrayType) {
            return type(((GenericArrayType) t).getGenericComponentType()) + "[]";
        }
        if (t instanceof TypeVariable) {
            return ((TypeVariable<?>) t).getName();
        }
        if (t instanceof WildcardType) {
            WildcardType w = (WildcardType) t;
            if (w.getLowerBounds().length > 0) {
                return "? super " + type(w.getLowerBounds()[0]);
            }
            Type upper = w.getUpperBounds()[0];
            return upper == Object.class ? "?" : "? extends " + type(upper);
        }
        throw new IllegalArgumentException("unexpected kind of type: " + t);
    }

    private static String className(Class<?> c) {
        // Only anonymous and local classes lack a canonical name, and neither can appear in an exported signature.
        String canonical = c.getCanonicalName();
        return canonical != null ? canonical : c.getName();
    }
}
