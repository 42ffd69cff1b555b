package cn.haitang.console.base.excel.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A temporary copy of an uploaded stream, so it can be read twice (preview, then save) and streamed from disk. */
public final class UploadedFile implements AutoCloseable {

    private final Path path;

    private UploadedFile(Path path) {
        this.path = path;
    }

    public static UploadedFile of(InputStream in) {
        try {
            Path path = Files.createTempFile("haitang-import-", ".bin");
            Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
            return new UploadedFile(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static UploadedFile of(byte[] bytes) {
        return of(new java.io.ByteArrayInputStream(bytes));
    }

    public Path path() {
        return path;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a temp file left behind is removed with the temp directory
        }
    }
}
