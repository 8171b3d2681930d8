/**
 * The database under the engine and the application: checks at start-up that it can be reached
 * and, on MariaDB/MySQL, runs at READ COMMITTED; makes the application's tables utf8mb4; and turns
 * a database that stops start-up (unreachable, wrong credentials, missing privileges, wrong
 * isolation level) into one line saying what to change instead of a stack trace.
 *
 * <p>Module {@code database}; it uses no other module of the application.
 */
@ApplicationModule(allowedDependencies = {})
package org.sanxiang.database;

import org.springframework.modulith.ApplicationModule;
