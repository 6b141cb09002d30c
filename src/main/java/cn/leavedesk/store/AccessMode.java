package cn.leavedesk.store;

/** How a connection opens the file. */
enum AccessMode {
    READ_WRITE,
    READ_ONLY
}
