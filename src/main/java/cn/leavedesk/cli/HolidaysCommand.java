package cn.leavedesk.cli;

import cn.leavedesk.AppPaths;
import cn.leavedesk.calendar.CalendarLoader;
import cn.leavedesk.calendar.HolidaySchedule;
import cn.leavedesk.calendar.ScheduleFileException;
import cn.leavedesk.calendar.WorkingCalendar;
import cn.leavedesk.service.DisplayText;
import cn.leavedesk.service.HolidayService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code leavedesk holidays [list]} shows which years have an official schedule and where each comes from;
 * {@code leavedesk holidays add FILE.json [--replace]} checks a year's schedule (typed from the State Council's
 * notice) and puts it in the office's holiday folder, where the client and every command pick it up.
 */
public final class HolidaysCommand implements Command {
    @Override
    public String name() {
        return "holidays";
    }

    @Override
    public String synopsis() {
        return "holidays [list | add FILE.json [--replace]]  official holiday years; add or correct one";
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        if (args.isEmpty() || args.equals(List.of("list"))) {
            return list(context);
        }
        if (args.get(0).equals("add") && (args.size() == 2 || args.size() == 3 && args.get(2).equals("--replace"))) {
            return add(Path.of(args.get(1)), args.size() == 3, context);
        }
        throw new UsageException(DisplayText.of(context.locale()).tr("cli.holidays.usage"));
    }

    private static Path folder(CliContext context) {
        return context.holidays().orElse(AppPaths.current().holidayFolder());
    }

    private static int list(CliContext context) throws UsageException {
        WorkingCalendar calendar = CheckCommand.calendar(context.holidays().isPresent() ? context
                : new CliContext(context.out(), context.err(), context.db(), context.locale(), context.clock(),
                Optional.of(folder(context))));
        for (int year : calendar.yearsWithSchedule()) {
            HolidaySchedule schedule = calendar.schedule(year).orElseThrow();
            context.out().println(DisplayText.of(context.locale()).tr("cli.holidays.year", year,
                    schedule.daysOff().size(), schedule.makeUpWorkdays().size(), schedule.source()));
        }
        return 0;
    }

    private static int add(Path file, boolean replace, CliContext context) throws UsageException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new UsageException(DisplayText.of(context.locale()).tr("cli.noSuchFile", file));
        }
        // The same service the client's 节假日安排 screen uses, so both accept and refuse the same files.
        HolidayService.Added added;
        try {
            added = new HolidayService(folder(context)).add(file,
                    replace ? HolidayService.Existing.REPLACE : HolidayService.Existing.KEEP);
        } catch (ScheduleFileException e) {
            throw new UsageException(e.message(context.locale()));
        } catch (HolidayService.YearExistsException e) {
            throw new UsageException(DisplayText.of(context.locale()).tr("cli.holidays.yearExists", e.file(), e.year()));
        }
        context.out().println(DisplayText.of(context.locale()).tr(added.replacedLibraryYear()
                ? "cli.holidays.addedReplacingLibrary" : "cli.holidays.added", added.schedule().year(),
                added.schedule().source(), added.file()));
        return 0;
    }
}
