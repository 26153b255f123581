package org.sightline.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns what a user names on the command line into the files to read. Files are taken as
 * given; folders are walked (hidden entries skipped, sorted so runs are repeatable). Paths that
 * cannot be used become problems in the result, so one bad argument does not stop the rest.
 */
public final class InputFiles {
    private InputFiles() {
    }

    /** A path that was named but cannot be read, and why. */
    public record Problem(Path path, String reason) {
        @Override
        public String toString() {
            return path + ": " + reason;
        }
    }

    /** The files to read, in order and without repeats, and the paths that could not be used. */
    public record Expansion(List<Path> files, List<Problem> problems) {
        public Expansion {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    public static Expansion expand(List<Path> paths) {
        Set<Path> files = new LinkedHashSet<>();
        Set<Path> seen = new LinkedHashSet<>(); // normalised absolute paths, to drop repeats
        List<Problem> problems = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                for (Path file : walk(path, problems)) {
                    addOnce(file, files, seen);
                }
            } else if (Files.isRegularFile(path)) {
                addOnce(path, files, seen);
            } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.exists(path)) {
                problems.add(new Problem(path, "broken symbolic link"));
            } else if (Files.exists(path)) {
                problems.add(new Problem(path, "not a regular file or folder"));
            } else {
                problems.add(new Problem(path, "no such file or folder"));
            }
        }
        return new Expansion(new ArrayList<>(files), problems);
    }

    private static void addOnce(Path file, Set<Path> files, Set<Path> seen) {
        if (seen.add(file.toAbsolutePath().normalize())) {
            files.add(file);
        }
    }

    private static List<Path> walk(Path root, List<Problem> problems) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            // The root is walked even if its name starts with a dot: "." is named on purpose.
                            return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && !isHidden(file)) {
                                found.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (!isHidden(file)) {
                                problems.add(new Problem(file, describe(e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(new Problem(root, describe(e)));
        }
        found.sort(null);
        return found;
    }

    // Hidden by the Unix convention, the same on every platform so a corpus reads the same everywhere.
    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String describe(IOException e) {
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
