package cn.leavedesk.store;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Stop;
import cn.leavedesk.domain.register.RegisterFilter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The victim of {@link CrashTest}: writes absences in transactions of {@value #BATCH} for ever and prints
 * {@code COMMITTED n} after each commit, until the parent kills it.
 */
public final class CrashWriter {
    static final int BATCH = 50;
    static final String PERSON = "crash";

    private CrashWriter() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        // a second argument asks for larger transactions, large enough for insertBatch's bulk path
        int batchSize = args.length > 1 ? Integer.parseInt(args[1]) : BATCH;
        Actor actor = Actor.of("crash-writer");
        try (Database db = Database.open(file, StoreOptions.defaults().withAutoBackup(AutoBackup.OFF))) {
            db.people().upsert(Person.of(PERSON, "压力测试", Role.DEPARTMENT_HEAD), actor);
            long committed = db.absences().countRegister(RegisterFilter.all());
            System.out.println("STARTED " + committed);
            System.out.flush();
            while (true) {
                List<Absence> batch = new ArrayList<>(batchSize);
                for (int i = 0; i < batchSize; i++) {
                    long n = committed + i;
                    LocalDate depart = LocalDate.of(2026, 1, 1).plusDays(n % 360);
                    batch.add(Absence.builder("c-" + n, PERSON, Kind.BUSINESS_TRIP, Scope.ABROAD, depart,
                                    depart.plusDays(n % 5))
                            .reason("第 " + n + " 次出访，用于崩溃测试的较长事由文字".repeat(3))
                            .stops(List.of(new Stop("DE", true), new Stop("FR", false)))
                            .attachments(List.of("邀请函-" + n + ".pdf"))
                            .build());
                }
                db.absences().insertBatch(batch, actor);
                committed += batchSize;
                System.out.println("COMMITTED " + committed);
                System.out.flush();
            }
        }
    }
}
