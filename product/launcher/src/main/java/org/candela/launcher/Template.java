package org.candela.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code --new-indicator DIR}: a new indicator plugin project, made from the example project
 * (examples/momentum-indicator, packed into this jar) with its names changed to DIR's name: a pom that
 * builds against the indicator API, a DS component, its streaming computation and a test. It builds
 * ({@code mvn package}) and installs (copy the jar into plugins/) as it is; then make it compute what you
 * want.
 */
final class Template {

    private static final List<String> FILES = List.of("pom.xml",
            "src/main/java/com/example/momentum/Momentum.java",
            "src/main/java/com/example/momentum/MomentumIndicator.java",
            "src/test/java/com/example/momentum/MomentumTest.java");

    private Template() {
    }

    /** An id is a Java package segment and a command-line name: lower-case letters and digits. */
    static void checkId(String id) throws Options.UsageException {
        if (!id.matches("[a-z][a-z0-9]{1,30}")) {
            throw new Options.UsageException("--new-indicator: the folder's name is the indicator's id and must be lower-case "
                    + "letters and digits (2 to 31, e.g. roc), not '" + id + "'");
        }
    }

    static int run(Path dir) {
        String id = dir.getFileName().toString();
        String type = Character.toUpperCase(id.charAt(0)) + id.substring(1);
        try {
            if (Files.exists(dir) && (!Files.isDirectory(dir) || Files.list(dir).findAny().isPresent())) {
                System.err.println("candela: " + dir + " exists and is not empty: choose a new folder");
                return 1;
            }
            for (String file : FILES) {
                String text;
                try (InputStream in = Template.class.getResourceAsStream("/template/" + file)) {
                    if (in == null) throw new IOException("the launcher jar lacks template/" + file);
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                Path target = dir.resolve(rename(file, id, type));
                Files.createDirectories(target.getParent());
                Files.writeString(target, rename(text, id, type));
            }
        } catch (IOException e) {
            System.err.println("candela: could not create " + dir + ": " + e.getMessage());
            return 1;
        }
        System.out.printf(Locale.ROOT, """
                created %s: the indicator '%s' (com.example.%s.%sIndicator), a copy of the Momentum example
                  cd %s && mvn package          builds target/com.example.%s-1.0.0.jar and runs its test
                  cp target/*.jar <candela>/plugins/   installs it into a running workstation
                %n""", dir, id, id, type, dir, id);
        return 0;
    }

    private static String rename(String text, String id, String type) {
        return text.replace("momentum", id).replace("Momentum", type).replace("MOMENTUM", id.toUpperCase(Locale.ROOT));
    }
}
