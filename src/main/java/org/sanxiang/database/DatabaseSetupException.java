package org.sanxiang.database;

/**
 * The database is not usable as configured. {@link #problem()} says what is wrong and
 * {@link #change()} what the operator must change; the message is both, on one line.
 */
public class DatabaseSetupException extends RuntimeException {

    private final String problem;
    private final String change;

    public DatabaseSetupException(String problem, String change, Throwable cause) {
        super(problem + "；" + change, cause);
        this.problem = problem;
        this.change = change;
    }

    public String problem() {
        return problem;
    }

    public String change() {
        return change;
    }
}
