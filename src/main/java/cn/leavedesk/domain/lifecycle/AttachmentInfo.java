package cn.leavedesk.domain.lifecycle;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An attachment's description without its bytes. {@code size} and {@code sha256} are empty for a file the request
 * names but nobody has stored yet.
 */
public record AttachmentInfo(long id, String absenceId, String fileName, Optional<String> mime, Optional<Long> size,
                             Optional<String> sha256, Instant addedAt, String addedBy) {
    public AttachmentInfo {
        Objects.requireNonNull(absenceId, "absenceId");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mime, "mime");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(addedAt, "addedAt");
        Objects.requireNonNull(addedBy, "addedBy");
    }

    public boolean hasContent() {
        return sha256.isPresent();
    }
}
