/**
 * The client's interfaces ({@code RegisterSource}, {@code DemoData}, {@code SettingsStore}, {@code RulebookCatalog})
 * implemented on the services, and the opening of the database file with the questions a clerk gets when it cannot
 * simply be opened. Only {@code LeaveDeskApp} creates these.
 */
package cn.leavedesk.ui.data;
