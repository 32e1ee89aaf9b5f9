package com.example.sine;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings, read from {@code etc/com.example.sine.cfg} (FileInstall hands them to ConfigAdmin). */
@ObjectClassDefinition(name = "Sine connector", description = "A made-up market for trying connectors")
public @interface SineConfig {

    @AttributeDefinition(description = "Length of one wave, in minutes", min = "2")
    int periodMinutes() default 240;

    @AttributeDefinition(description = "Milliseconds between live trades", min = "10")
    int tickMillis() default 500;
}
