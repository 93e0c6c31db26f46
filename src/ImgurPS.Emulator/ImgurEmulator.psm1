# Starts and stops the Imgur emulator from PowerShell: used by build.ps1, the Pester suite, and by users who
# want to try scripts offline. The emulator prints its address as its first line of output.

function Start-ImgurEmulator {
    <#
    .SYNOPSIS
    Starts the Imgur emulator on a free loopback port and returns its address and process.
    .EXAMPLE
    $emulator = Start-ImgurEmulator
    Connect-Imgur -ClientId emulator-client-id -BaseUri $emulator.BaseUri
    #>
    [CmdletBinding()]
    param(
        # Extra emulator options, e.g. '--client-limit', '200'.
        [string[]] $ArgumentList = @(),
        # The emulator's built assembly.
        [string] $Path = (Join-Path $PSScriptRoot 'bin/Release/net10.0/ImgurPS.Emulator.dll'),
        [int] $TimeoutSec = 30
    )

    if (-not (Test-Path -LiteralPath $Path)) {
        throw "The emulator is not built at '$Path'. Run 'dotnet pwsh ./build.ps1' first."
    }

    # Ctrl+C in a terminal reaches its whole foreground process group (on Windows, every process of the
    # console group); the emulator gets a group of its own so that only Stop-ImgurEmulator, or the end of the
    # session that started it (its input closes), ends it.
    $arguments = @('dotnet', $Path, '--port', '0', '--exit-on-stdin-close') + $ArgumentList
    $setsid = if (-not $IsWindows) { Get-Command -Name setsid -CommandType Application -ErrorAction Ignore | Select-Object -First 1 }
    if ($setsid) {
        # A child of this process never leads a group, so setsid runs dotnet in its place: the process id stays.
        $arguments = @($setsid.Source) + $arguments
    }
    elseif (-not $IsWindows) {
        Write-Warning 'setsid is not installed, so Ctrl+C in this terminal stops the emulator too.'
    }
    $start = [System.Diagnostics.ProcessStartInfo]::new($arguments[0])
    foreach ($argument in $arguments | Select-Object -Skip 1) { $start.ArgumentList.Add($argument) }
    # .NET 10 and later; an older runtime leaves the emulator in the console's group.
    if ($IsWindows -and $start.PSObject.Properties['CreateNewProcessGroup']) { $start.CreateNewProcessGroup = $true }
    $start.UseShellExecute = $false
    $start.RedirectStandardInput = $true
    $start.RedirectStandardOutput = $true
    $process = [System.Diagnostics.Process]::Start($start)

    $firstLine = $process.StandardOutput.ReadLineAsync()
    if (-not $firstLine.Wait([TimeSpan]::FromSeconds($TimeoutSec)) -or $firstLine.Result -notmatch '(https?://\S+)') {
        $process.Kill()
        throw "The emulator did not report its address within $TimeoutSec seconds."
    }
    # Keep reading its output so that a full pipe never blocks it.
    $null = $process.StandardOutput.ReadToEndAsync()

    [pscustomobject]@{
        PSTypeName = 'ImgurEmulator'
        BaseUri    = [uri]$Matches[1]
        Process    = $process
    }
}

function Stop-ImgurEmulator {
    <#
    .SYNOPSIS
    Stops an emulator started by Start-ImgurEmulator.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory, ValueFromPipeline)] $Emulator)

    process {
        $process = $Emulator.Process
        if ($process.HasExited) { return }
        # Closing its input asks the emulator to exit; kill it if it does not.
        $process.StandardInput.Close()
        if (-not $process.WaitForExit(5000)) { $process.Kill() }
    }
}

Export-ModuleMember -Function Start-ImgurEmulator, Stop-ImgurEmulator
