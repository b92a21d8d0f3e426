package org.seatwise.election.bulletin.upload;

/** Where an asynchronous upload is: validated whole first, then stored in one transaction. */
public enum UploadStatus {
    VALIDATING, STORING, STORED, REJECTED, FAILED;

    public boolean finished() {
        return this == STORED || this == REJECTED || this == FAILED;
    }
}
