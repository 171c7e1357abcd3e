package org.labourrights.site;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a package of the site generator may use besides the JDK, written once, in its
 * {@code package-info.java}, where a reader looks for what the package is for. The tests hold
 * every compiled class to it (PackageRulesTest), so the rule and its enforcement cannot drift apart.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface MayImport {

    /** The generator's own packages, by their last name: {@code "model"}, {@code "content"}. */
    String[] packages() default {};

    /** Libraries, by package prefix: {@code "com.fasterxml.jackson"}. */
    String[] libraries() default {};
}
