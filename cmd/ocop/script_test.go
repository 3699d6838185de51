package main

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/namdinh-ocop/ocop/internal/publish"
)

// TestMain lets the script tests run ocop as a command of its own: the
// test binary, started as "ocop", runs the program and exits.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"ocop": scriptMain})
}

// scriptMain is ocop's main for the script tests. It records the exit code
// and any panic in the folder named by $OCOP_TEST_STATE, so that the
// harness can assert the exact code and fail every script in which the
// program panicked, whatever the script itself expected.
func scriptMain() {
	state := os.Getenv("OCOP_TEST_STATE")
	// A guard, not a measure: a command of these small sites that has
	// not ended after two minutes hangs, and fails its script as a panic
	// would, instead of holding the whole test run until its timeout.
	time.AfterFunc(2*time.Minute, func() {
		msg := "ocop did not end within 2 minutes: it hangs\n"
		os.WriteFile(filepath.Join(state, "panic"), []byte(msg), 0o644)
		fmt.Fprint(os.Stderr, msg)
		os.Exit(98)
	})
	defer func() {
		if v := recover(); v != nil {
			msg := fmt.Sprintf("panic: %v\n\n%s", v, debug.Stack())
			os.WriteFile(filepath.Join(state, "panic"), []byte(msg), 0o644)
			fmt.Fprint(os.Stderr, msg)
			os.Exit(99)
		}
	}()
	code := run(os.Args[1:], os.Stdout, os.Stderr)
	os.WriteFile(filepath.Join(state, "exit"), []byte(strconv.Itoa(code)), 0o644)
	os.Exit(code)
}

// TestScripts runs the script tests of testdata/script: each is a txtar
// archive of content files on top of a small valid site (the real site
// config, groups and geography), and the ocop commands to run on it with
// what they must print.
//
// Before each script runs, its folder holds that site and a previous
// build in public/. Besides testscript's own commands, scripts have:
//
//	exitcode N          the last ocop command exited with code N
//	unchanged public    public/ is byte for byte the previous build
//	mkfifo PATH         make a named pipe
//	expand SRC DST      copy SRC to DST, each @repeat(N,TEXT)@ replaced by
//	                    TEXT N times and each @x(HH)@ by that byte (for
//	                    inputs too large, or not text enough, to keep here;
//	                    DST is expanded too, for names of such bytes)
//
// Every script also fails when ocop panicked in it.
//
// The bad-input corpus lives in testdata/script/bad: every kind of
// malformed or hostile input, each with the exact message, position and
// exit code it must give, and the previous site left untouched.
func TestScripts(t *testing.T) {
	for _, dir := range []string{"testdata/script", "testdata/script/bad"} {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			testscript.Run(t, testscript.Params{
				Dir:                 dir,
				Setup:               scriptSetup,
				Cmds:                scriptCmds,
				RequireExplicitExec: false,
				RequireUniqueNames:  true,
				UpdateScripts:       *update,
			})
		})
	}
}

// scriptSetup completes a script's site with the real reference data
// (files the script does not give itself) and a previous build, and
// arranges for the after-script checks.
func scriptSetup(env *testscript.Env) error {
	work := env.WorkDir
	root := filepath.Join("..", "..")
	for _, rel := range []string{"content/site.yaml", "content/groups.yaml", "content/geo/2024-05-01.yaml", "content/geo/2025-03-01.yaml", "content/geo/2025-07-01.yaml"} {
		dst := filepath.Join(work, filepath.FromSlash(rel))
		if _, err := os.Lstat(dst); err == nil {
			continue // the script gives its own
		}
		if _, err := os.Lstat(filepath.Join(work, ".no-"+filepath.Base(rel))); err == nil {
			continue // the script wants it missing
		}
		b, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(rel)))
		if err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(dst, b, 0o644); err != nil {
			return err
		}
	}
	state := filepath.Join(work, ".state")
	if err := os.Mkdir(state, 0o755); err != nil {
		return err
	}
	env.Setenv("OCOP_TEST_STATE", state)
	// A home folder outside the site, as a user's is.
	home, err := os.MkdirTemp("", "ocop-home-")
	if err != nil {
		return err
	}
	env.Defer(func() { os.RemoveAll(home) })
	env.Setenv("HOME", home)

	// A previous build, as ocop's publisher leaves one.
	pub := filepath.Join(work, "public")
	if _, err := os.Lstat(pub); os.IsNotExist(err) {
		d, err := publish.Begin(pub, publish.Options{})
		if err != nil {
			return err
		}
		for name, body := range map[string]string{
			"index.html":             "<!doctype html><title>previous</title>\n",
			"san-pham/cu/index.html": "<!doctype html><title>a previous product</title>\n",
			"assets/site.css":        "body{}\n",
			"search/manifest.js":     "/* previous */\n",
			"en/products/index.html": "<!doctype html><title>previous</title>\n",
		} {
			if err := d.WriteFile(name, []byte(body)); err != nil {
				return err
			}
		}
		if err := d.Commit(); err != nil {
			return err
		}
	}
	before, err := treeSums(pub)
	if err != nil {
		return err
	}
	env.Values[publicKey{}] = before
	env.Defer(func() {
		if b, err := os.ReadFile(filepath.Join(state, "panic")); err == nil {
			env.T().Fatal("ocop panicked:\n" + string(b))
		}
	})
	return nil
}

type publicKey struct{}

var scriptCmds = map[string]func(ts *testscript.TestScript, neg bool, args []string){
	"exitcode": func(ts *testscript.TestScript, neg bool, args []string) {
		if len(args) != 1 {
			ts.Fatalf("usage: exitcode N")
		}
		b, err := os.ReadFile(ts.MkAbs(".state/exit"))
		ts.Check(err)
		got := string(b)
		if (got == args[0]) == neg {
			ts.Fatalf("ocop exited with %s, want %s%s", got, map[bool]string{true: "not ", false: ""}[neg], args[0])
		}
	},
	"unchanged": func(ts *testscript.TestScript, neg bool, args []string) {
		if len(args) != 1 || args[0] != "public" {
			ts.Fatalf("usage: unchanged public")
		}
		before := ts.Value(publicKey{}).(map[string]string)
		after, err := treeSums(ts.MkAbs("public"))
		ts.Check(err)
		diff := treeDiff(before, after)
		if (diff == "") == neg {
			if neg {
				ts.Fatalf("public/ is unchanged")
			}
			ts.Fatalf("public/ changed:\n%s", diff)
		}
	},
	"mkfifo": func(ts *testscript.TestScript, neg bool, args []string) {
		if len(args) != 1 {
			ts.Fatalf("usage: mkfifo PATH")
		}
		p := ts.MkAbs(args[0])
		ts.Check(os.MkdirAll(filepath.Dir(p), 0o755))
		ts.Check(syscall.Mkfifo(p, 0o644))
	},
	"expand": func(ts *testscript.TestScript, neg bool, args []string) {
		if len(args) != 2 {
			ts.Fatalf("usage: expand SRC DST")
		}
		b, err := os.ReadFile(ts.MkAbs(args[0]))
		ts.Check(err)
		out, err := expandRepeats(string(b))
		ts.Check(err)
		name, err := expandRepeats(args[1])
		ts.Check(err)
		dst := ts.MkAbs(name)
		ts.Check(os.MkdirAll(filepath.Dir(dst), 0o755))
		ts.Check(os.WriteFile(dst, []byte(out), 0o644))
	},
}

// expandRepeats replaces each @repeat(N,TEXT)@ in s by TEXT written N
// times, and each @x(HH)@ by the byte of hex value HH (for bytes that are
// not text). TEXT may not hold ")@".
func expandRepeats(s string) (string, error) {
	var b strings.Builder
	for {
		i := strings.Index(s, "@")
		if i < 0 {
			b.WriteString(s)
			return b.String(), nil
		}
		b.WriteString(s[:i])
		s = s[i:]
		switch {
		case strings.HasPrefix(s, "@x(") && len(s) >= 7 && s[5:7] == ")@":
			v, err := strconv.ParseUint(s[3:5], 16, 8)
			if err != nil {
				return "", fmt.Errorf("%s: want @x(HH)@", s[:7])
			}
			b.WriteByte(byte(v))
			s = s[7:]
		case strings.HasPrefix(s, "@repeat("):
			s = s[len("@repeat("):]
			j := strings.Index(s, ")@")
			if j < 0 {
				return "", fmt.Errorf("@repeat( without )@")
			}
			n, text, ok := strings.Cut(s[:j], ",")
			count, err := strconv.Atoi(n)
			if !ok || err != nil || count < 0 {
				return "", fmt.Errorf("@repeat(%s)@: want @repeat(N,TEXT)@", s[:j])
			}
			b.WriteString(strings.Repeat(text, count))
			s = s[j+2:]
		default:
			b.WriteByte('@')
			s = s[1:]
		}
	}
}

// treeSums returns, for every entry under dir, its kind and a digest of
// its bytes (a link's target for a link), keyed by slash path. Links are
// never followed. A missing dir gives an empty map.
func treeSums(dir string) (map[string]string, error) {
	m := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if os.IsNotExist(err) && p == dir {
				return fs.SkipAll
			}
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		switch {
		case d.Type()&fs.ModeSymlink != 0:
			target, err := os.Readlink(p)
			if err != nil {
				return err
			}
			m[rel] = "link " + target
		case d.IsDir():
			m[rel] = "dir"
		case d.Type().IsRegular():
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			sum := sha256.Sum256(b)
			m[rel] = "file " + hex.EncodeToString(sum[:8])
		default:
			m[rel] = "other " + d.Type().String()
		}
		return nil
	})
	return m, err
}

// treeDiff lists what differs between two treeSums, one line each.
func treeDiff(before, after map[string]string) string {
	var lines []string
	for k, v := range before {
		if w, ok := after[k]; !ok {
			lines = append(lines, "removed "+k)
		} else if w != v {
			lines = append(lines, "changed "+k+": "+v+" → "+w)
		}
	}
	for k := range after {
		if _, ok := before[k]; !ok {
			lines = append(lines, "added "+k)
		}
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

var update = flag.Bool("update", false, "rewrite the expected output kept in the script tests")
