package kaohe.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** {@code kaohe --version}: the version and build time the build recorded (META-INF/build-info.properties). */
final class BuildVersion implements CommandLine.IVersionProvider {

    static final String RESOURCE = "META-INF/build-info.properties";

    @Override
    public String[] getVersion() throws IOException {
        Properties build = new Properties();
        try (InputStream in = BuildVersion.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new String[]{"Kaohe (version unknown: built without " + RESOURCE + ")"};
            }
            build.load(in);
        }
        return new String[]{"Kaohe " + build.getProperty("build.version", "?") + " (built " + build.getProperty("build.time", "?") + ")",
                "Java " + System.getProperty("java.version")};
    }
}
