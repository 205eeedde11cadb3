package downhill.cli;

import picocli.CommandLine;

/** Picocli's {@code --version} / {@code -V}: one line, {@code downhill 0.1.0}. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {Version.line()};
    }
}
