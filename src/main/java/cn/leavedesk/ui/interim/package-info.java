/**
 * Stand-ins that let the client run before the store and the rules engine are wired in. Nothing outside
 * {@code LeaveDeskApp}'s wiring may depend on these classes; they go away when the real ones arrive.
 */
package cn.leavedesk.ui.interim;
