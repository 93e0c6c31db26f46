# Helpers for the Pester suite: the emulator's control endpoints and test sessions.

function Get-EmulatorUri { [uri]$env:IMGURPS_EMULATOR_URI }

function Invoke-EmulatorControl {
    param([string] $Method = 'GET', [Parameter(Mandatory)] [string] $Path, $Body)
    $request = @{ Method = $Method; Uri = "$(Get-EmulatorUri)_emulator/$Path" }
    if ($null -ne $Body) { $request.Body = $Body | ConvertTo-Json -Compress; $request.ContentType = 'application/json' }
    Invoke-RestMethod @request
}

function Get-FreeLoopbackPort {
    <# A port on 127.0.0.1 that nothing listens on right now. #>
    $probe = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
    $probe.Start(); $port = $probe.LocalEndpoint.Port; $probe.Stop()
    $port
}

function Reset-Emulator { $null = Invoke-EmulatorControl -Method POST -Path reset }

function Clear-EmulatorRequest { $null = Invoke-EmulatorControl -Method DELETE -Path requests }

function Get-EmulatorRequest { @(Invoke-EmulatorControl -Path requests) | ForEach-Object { $_ } }

function Get-EmulatorCredential { Invoke-EmulatorControl -Path credentials }

function Add-EmulatorFault {
    param(
        [Parameter(Mandatory)] [string] $Path,
        [Parameter(Mandatory)] [string] $Kind,
        [int] $Status,
        [string] $Message,
        [int] $Times = 1,
        [int] $DelayMs,
        [string] $Method,
        [int] $Every,
        [int] $RetryAfter = -1,
        # The envelope's status where it differs from the HTTP status (mismatched-status, error-object).
        [Nullable[int]] $BodyStatus,
        # The inner code of an error-object fault.
        [Nullable[int]] $Code
    )
    $fault = @{ path = $Path; kind = $Kind; times = $Times }
    if ($Every) { $fault.every = $Every }
    if ($RetryAfter -ge 0) { $fault.retryAfter = $RetryAfter }
    if ($Status) { $fault.status = $Status }
    if ($Message) { $fault.message = $Message }
    if ($DelayMs) { $fault.delayMs = $DelayMs }
    if ($Method) { $fault.method = $Method }
    if ($null -ne $BodyStatus) { $fault.bodyStatus = $BodyStatus }
    if ($null -ne $Code) { $fault.code = $Code }
    $null = Invoke-EmulatorControl -Method POST -Path faults -Body $fault
}

function Set-EmulatorLimit {
    param([Parameter(Mandatory)] [hashtable] $Remaining)
    $null = Invoke-EmulatorControl -Method PUT -Path limits -Body $Remaining
}

function Get-EmulatorUpload { @(Invoke-EmulatorControl -Path uploads) | ForEach-Object { $_ } }

function Get-SamplePath {
    <# The sample images, or the first -Count of them. #>
    param([int] $Count = 3)
    Get-ChildItem (Join-Path $PSScriptRoot '../../samples/*.png') | Select-Object -First $Count | ForEach-Object FullName
}

function New-TestImage {
    <# Writes distinct small PNGs (the sample with a few trailing bytes of its own) and returns their paths. #>
    param([Parameter(Mandatory)] [string] $Folder, [Parameter(Mandatory)] [int] $Count)
    $null = New-Item -ItemType Directory -Path $Folder -Force
    $png = [System.IO.File]::ReadAllBytes((Join-Path $PSScriptRoot '../../samples/sunrise.png'))
    foreach ($number in 1..$Count) {
        $path = Join-Path $Folder ('image{0:d3}.png' -f $number)
        [System.IO.File]::WriteAllBytes($path, $png + [System.Text.Encoding]::ASCII.GetBytes("unique $number"))
        $path
    }
}

function Connect-TestImgur {
    <# Connects the module to the emulator: anonymously, or as the seeded user with -AsUser (saved with -Persist). #>
    param([switch] $AsUser, [switch] $Persist)
    $credential = Get-EmulatorCredential
    if ($AsUser) {
        Connect-Imgur -ClientId $credential.clientId -ClientSecret $credential.clientSecret -RefreshToken $credential.refreshToken -BaseUri (Get-EmulatorUri) -Persist:$Persist
    }
    else {
        Connect-Imgur -ClientId $credential.clientId -BaseUri (Get-EmulatorUri)
    }
}

function ConvertTo-Comparable {
    <#
    An object's data as JSON text, without the per-response rate limits, for comparing two reads. No input is an
    error: two empty reads compare equal and would prove nothing.
    #>
    param([Parameter(ValueFromPipeline)] $InputObject)
    begin { $count = 0 }
    process {
        if ($null -eq $InputObject) { return }
        $count++
        $InputObject | Select-Object -Property * -ExcludeProperty RateLimit | ConvertTo-Json -Depth 6 -Compress
    }
    end { if ($count -eq 0) { throw 'ConvertTo-Comparable was given nothing: two empty reads compare equal and prove nothing.' } }
}

Export-ModuleMember -Function *
