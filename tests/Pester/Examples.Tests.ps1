# The examples on every help page run against the emulator, signed in as its seeded user, with confirmation
# answered, so the pages cannot drift from what the module does. The few that cannot run here are listed
# with the reason.
BeforeDiscovery {
    $signsInAtImgur = 'it signs in at api.imgur.com or through a browser; Connect-Imgur.Tests.ps1 makes the same calls against the emulator'
    $exempt = @{
        'Connect-Imgur/Example 1'             = $signsInAtImgur
        'Connect-Imgur/Example 2'             = $signsInAtImgur
        'Connect-Imgur/Example 3'             = 'it connects to an emulator on a fixed port'
        'Connect-Imgur/Example 4'             = $signsInAtImgur
        'Connect-Imgur/Example 5'             = $signsInAtImgur
        'Connect-Imgur/Example 6'             = $signsInAtImgur
        'Disconnect-Imgur/Example 2'          = 'it shows the ImgurNotConnected error on purpose'
        'Disconnect-Imgur/Example 3'          = $signsInAtImgur
        'Register-ImgurApplication/Example 1' = 'it opens the system browser'
        'Remove-ImgurAccount/Example 1'       = 'it reads the password from the keyboard'
        'Send-ImgurAccountVerificationEmail/Example 1' = 'the seeded user is verified already, so Imgur answers 400, as the example says'
    }
    if ($IsWindows) { $exempt['Disconnect-Imgur/Example 4'] = "it would delete the session saved in the user's own LocalAppData" }
    $examples = foreach ($page in Get-ChildItem (Join-Path $PSScriptRoot '../../docs/help') -Filter '*-*.md') {
        $text = Get-Content -LiteralPath $page.FullName -Raw
        $section = [regex]::Match($text, '(?ms)^## EXAMPLES\s*(.*?)^## PARAMETERS').Groups[1].Value
        foreach ($match in [regex]::Matches($section, '(?ms)^### (Example \d+)[^\n]*\n.*?^```powershell\r?\n(.*?)^```')) {
            $key = "$($page.BaseName)/$($match.Groups[1].Value)"
            if ($exempt.ContainsKey($key)) { continue }
            # A block that shows output marks its commands with PS>; any other block is all commands.
            $lines = $match.Groups[2].Value -split '\r?\n'
            $prompted = @($lines | Where-Object { $_ -match '^PS> ' })
            @{
                Example = $key
                Code    = $(if ($prompted) { $prompted -replace '^PS> ', '' } else { $lines }) -join "`n"
            }
        }
    }
}

BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    # The files and folders the examples name: ./samples, ./sunrise.png, ./lisbon and ./photos (PNGs and JPEGs).
    $samples = Join-Path $PSScriptRoot '../../samples'
    Copy-Item -LiteralPath $samples -Destination (Join-Path $TestDrive 'samples') -Recurse
    Copy-Item -LiteralPath (Join-Path $samples 'sunrise.png') -Destination $TestDrive
    $null = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'lisbon')
    Copy-Item -Path (Join-Path $samples '*.png') -Destination (Join-Path $TestDrive 'lisbon')
    $null = New-TestImage -Folder (Join-Path $TestDrive 'photos') -Count 3
    foreach ($name in 'alfama', 'belem', 'tram') {
        [System.IO.File]::WriteAllBytes((Join-Path $TestDrive "photos/$name.jpg"), [byte[]](0xFF, 0xD8, 0xFF, 0xE0) + [System.Text.Encoding]::ASCII.GetBytes($name))
    }
    # Examples that save or forget a session touch the test's folder, never the user's own. (On Windows the store
    # is in the system's LocalAppData, which no variable moves, so the example that forgets it is left out there.)
    $savedEnvironment = $env:XDG_CONFIG_HOME, $env:IMGUR_PASSWORD
    $env:XDG_CONFIG_HOME = Join-Path $TestDrive 'config'
    $env:IMGUR_PASSWORD = 'an-example-password'
    # The Set-ImgurOption examples change options that outlive a re-import; each example starts from these.
    $options = Get-ImgurOption
    function Restore-ImgurOption {
        Set-ImgurOption -MaxRetry $options.MaxRetry -RetryDelaySec $options.RetryDelay.TotalSeconds -MaxRetryWaitSec $options.MaxRetryWait.TotalSeconds `
            -CreditReservePercent $options.CreditReservePercent -LowCreditWarningPercent $options.LowCreditWarningPercent -UseETag $options.UseETag
    }
}

AfterAll {
    $env:XDG_CONFIG_HOME, $env:IMGUR_PASSWORD = $savedEnvironment
}

Describe 'Help examples' {
    It '<Example> runs against the emulator' -ForEach $examples {
        $Code | Should -Not -BeNullOrEmpty -Because 'an example without commands would pass without running anything'
        Reset-Emulator
        $null = Connect-TestImgur -AsUser
        Push-Location $TestDrive
        try {
            $ConfirmPreference = 'None'
            $output = & ([scriptblock]::Create($Code)) *>&1
        }
        finally {
            Pop-Location
            Restore-ImgurOption
        }

        $output | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] } | Should -BeNullOrEmpty
    }
}
