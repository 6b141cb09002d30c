package cn.leavedesk.cli;

import java.util.List;

/** Every command the application offers, in the order the usage text lists them. */
final class Commands {
    private Commands() {
    }

    static List<Command> all() {
        return List.of(new CheckCommand(), new ImportCommand(), new ReportCommand(), new ExportCommand(),
                new BackupCommand(), new RestoreCommand(), new HolidaysCommand(), new BenchCommand(),
                new ShowCommand(), new AmendCommand(), new CancelCommand(), new DayCommand(DayCommand.Fact.DEPART),
                new DayCommand(DayCommand.Fact.RETURN), new DayCommand(DayCommand.Fact.REPORT), new StepCommand(),
                new TodoCommand(), new PrintCommand());
    }
}
