# The emulator as a user starts it from a terminal: Ctrl+C there reaches the terminal's whole foreground process
# group, and must stop only the command it was meant for, never the emulator.
BeforeAll {
    $emulatorModule = (Resolve-Path (Join-Path $PSScriptRoot '../../src/ImgurPS.Emulator/ImgurEmulator.psm1')).Path

    # A pwsh reading commands line by line from stdin, as a terminal session would, leading its own process group.
    function Start-Shell {
        $pwsh, $prefix = if (Test-Path "$PSHOME/pwsh") { "$PSHOME/pwsh", @() } else { 'dotnet', @("$PSHOME/pwsh.dll") }
        $start = [System.Diagnostics.ProcessStartInfo]::new('setsid')
        foreach ($argument in @($pwsh) + $prefix + @('-NoProfile', '-NonInteractive', '-Command', '-')) { $start.ArgumentList.Add($argument) }
        $start.UseShellExecute = $false
        $start.RedirectStandardInput = $true
        $start.RedirectStandardOutput = $true
        [System.Diagnostics.Process]::Start($start)
    }

    function Read-Marked([System.Diagnostics.Process] $Shell, [string] $Marker) {
        $deadline = [DateTime]::UtcNow.AddSeconds(60)
        while ([DateTime]::UtcNow -lt $deadline) {
            $line = $Shell.StandardOutput.ReadLineAsync()
            if (-not $line.Wait([TimeSpan]::FromSeconds(60)) -or $null -eq $line.Result) { break }
            # pwsh may put terminal control sequences before a line.
            if ($line.Result -match "$([regex]::Escape($Marker))(.*)$") { return $Matches[1] }
        }
        throw "The shell never wrote '$Marker'."
    }
}

Describe 'An emulator started in a terminal' -Tag UnixOnly {
    It 'outlives Ctrl+C sent to the process group of the shell that started it, and stops with Stop-ImgurEmulator' {
        $shell = Start-Shell
        try {
            $shell.StandardInput.WriteLine("Import-Module '$emulatorModule'; `$e = Start-ImgurEmulator; 'URI=' + `$e.BaseUri + ' ' + `$e.Process.Id")
            $uri, $emulatorId = (Read-Marked $shell 'URI=') -split ' '
            # A long command to interrupt, as Ctrl+C would.
            $shell.StandardInput.WriteLine("'SLEEPING='; Start-Sleep -Seconds 60")
            $null = Read-Marked $shell 'SLEEPING='
            kill -INT -- "-$($shell.Id)"
            $shell.StandardInput.WriteLine("'AFTER=' + `$e.Process.HasExited")

            Read-Marked $shell 'AFTER=' | Should -Be 'False'
            (Invoke-WebRequest -Uri "$uri/3/credits" -SkipHttpErrorCheck -TimeoutSec 10).StatusCode | Should -BeGreaterThan 0

            $shell.StandardInput.WriteLine("`$e | Stop-ImgurEmulator; 'STOPPED=' + `$e.Process.HasExited")
            Read-Marked $shell 'STOPPED=' | Should -Be 'True'
            { Get-Process -Id $emulatorId -ErrorAction Stop } | Should -Throw
        }
        finally {
            $shell.StandardInput.Close()
            if (-not $shell.WaitForExit(10000)) { $shell.Kill($true) }
        }
    }
}
