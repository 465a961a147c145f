package kaohe.shared;

/** How far a long run has come: one step per file received, unit scored or report written. */
public interface Progress extends AutoCloseable {

    Progress NONE = new Progress() {
        @Override
        public void step() {
        }

        @Override
        public void close() {
        }
    };

    void step();

    @Override
    void close();
}
