# The examples on every help page run against the emulator, signed in as its seeded user, with confirmation
# answered, so the pages cannot drift from what the module does. The few that cannot run here are listed
# with the reason.
#
# Where a page shows an example's output, the output must have the same form; the values may differ, since the
# page shows Imgur's data and the test the emulator's. The rule (Compare-DocumentedOutput below):
# - every table on the page has its column headers, in order, in a table of the real output;
# - every "Name : value" property on the page is a property of a list in the real output;
# - every VERBOSE: and WARNING: line on the page is a line of the real output once numbers, sizes and quoted
#   paths are masked;
# - a page that shows True or False shows what the example really gives.
# "What if:" lines are left out: PowerShell writes them to the host, not to a stream a test can capture.
BeforeDiscovery {
    $signsInAtImgur = 'it signs in at api.imgur.com or through a browser; Connect-Imgur.Tests.ps1 makes the same calls against the emulator'
    $exempt = @{
        'Connect-Imgur/Example 1'             = $signsInAtImgur
        'Connect-Imgur/Example 2'             = $signsInAtImgur
        'Connect-Imgur/Example 3'             = 'it connects to an emulator on a fixed port'
        'Connect-Imgur/Example 4'             = $signsInAtImgur
        'Connect-Imgur/Example 5'             = $signsInAtImgur
        'Connect-Imgur/Example 6'             = $signsInAtImgur
        'Connect-Imgur/Example 7'             = $signsInAtImgur
        'Connect-Imgur/Example 8'             = 'it signs in through a browser and uses a vault and an Automation credential; Connections.Tests.ps1 makes the same round trip against the emulator'
        'Disconnect-Imgur/Example 2'          = 'it shows the ImgurNotConnected error on purpose'
        'Disconnect-Imgur/Example 3'          = $signsInAtImgur
        'Disconnect-Imgur/Example 5'          = $signsInAtImgur
        'Register-ImgurApplication/Example 1' = 'it opens the system browser'
        'Remove-ImgurAccount/Example 1'       = 'it reads the password from the keyboard'
        'Send-ImgurAccountVerificationEmail/Example 1' = 'the seeded user is verified already, so Imgur answers 400, as the example says'
    }
    # What an example's page takes for granted, made true before it runs.
    $prepare = @{
        'Disconnect-Imgur/Example 4' = { Connect-TestImgur -AsUser -Persist }
    }
    # Run only where the test can keep the example away from the user's own files (the run prints the tag's reason):
    # on Windows the saved session and the saved options live in the system's LocalAppData, which no variable moves.
    $unixOnly = @('Disconnect-Imgur/Example 4', 'Get-ImgurOption/Example 3', 'Set-ImgurOption/Example 4', 'Set-ImgurOption/Example 5')
    $examples = foreach ($page in Get-ChildItem (Join-Path $PSScriptRoot '../../docs/help') -Filter '*-*.md') {
        $text = Get-Content -LiteralPath $page.FullName -Raw
        $section = [regex]::Match($text, '(?ms)^## EXAMPLES\s*(.*?)^## PARAMETERS').Groups[1].Value
        foreach ($example in [regex]::Split($section, '(?m)^(?=### Example)') -match '^### Example') {
            $key = "$($page.BaseName)/$([regex]::Match($example, '^### (Example \d+)').Groups[1].Value)"
            if ($exempt.ContainsKey($key)) { continue }
            $code = [regex]::Match($example, '(?ms)^```powershell\r?\n(.*?)^```').Groups[1].Value
            # A block that shows output marks its commands with PS>; any other block is all commands.
            $lines = $code -split '\r?\n'
            $prompted = @($lines | Where-Object { $_ -match '^PS> ' })
            @{
                Example    = $key
                # Each PS> line runs as its own command, as at a prompt, so its output is formatted on its own.
                Commands   = @(if ($prompted) { $prompted -replace '^PS> ', '' } else { $lines -join "`n" })
                Prepare    = $prepare[$key]
                Documented = [regex]::Match($example, '(?ms)^```output\r?\n(.*?)^```').Groups[1].Value
            }
        }
    }

    # The README's PowerShell blocks run the same way, named by the heading above them. In a block with PS> prompts,
    # the lines after a command are its documented output.
    $readmeExempt = @{
        'Using it with Imgur/1'                       = $signsInAtImgur
        'Using it with Imgur/2'                       = 'it connects a second account at api.imgur.com; Connections.Tests.ps1 acts for two emulator accounts with -Connection and -Parallel'
        'Runbooks: sign in once, then unattended/1'   = 'it signs in through a browser and uses a vault and an Automation credential; Connections.Tests.ps1 makes the same round trip against the emulator'
        'Installing/1'                                = 'it registers a package repository; Package.Tests.ps1 installs the built package with Install-PSResource'
        'From upload to the gallery/1'                = 'Readme.Tests.ps1 runs it and checks where the images end up'
        'From upload to the gallery/2'                = 'Readme.Tests.ps1 runs it and checks where the images end up'
        'Back up an album/1'                          = 'Readme.Tests.ps1 runs it and checks the saved files and the report'
    }
    # Read line by line: a '# ' comment inside a code block is not a heading.
    $heading, $number, $block = '', 0, $null
    $readmeExamples = foreach ($line in Get-Content -LiteralPath (Join-Path $PSScriptRoot '../../README.md')) {
        if ($null -ne $block) {
            if ($line -ne '```') { $block.Add($line); continue }
            $key = "$heading/$number"
            $lines, $block = $block.ToArray(), $null
            if ($readmeExempt.ContainsKey($key)) { continue }
            # The README's first lines connect with a placeholder client id; here that is the test's own connection.
            $lines = $lines -replace '^(PS> )?Connect-Imgur -ClientId 0123456789abcde$', '$1$null = Connect-TestImgur'
            $prompted = @($lines | Where-Object { $_ -match '^PS> ' })
            @{
                Example    = "README/$key"
                Commands   = @(if ($prompted) { $prompted -replace '^PS> ', '' } else { $lines -join "`n" })
                Prepare    = $null
                Documented = if ($prompted) { ($lines | Where-Object { $_ -notmatch '^PS> ' }) -join "`n" } else { '' }
            }
        }
        elseif ($line -match '^#{1,3} (.*)') { $heading, $number = $Matches[1].Trim(), 0 }
        elseif ($line -eq '```powershell') { $number++; $block = [System.Collections.Generic.List[string]]::new() }
    }
}

BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    # The files and folders the examples name: ./samples, ./sunrise.png, ./uploads.csv, ./lisbon and ./photos (PNGs and JPEGs).
    $samples = Join-Path $PSScriptRoot '../../samples'
    Copy-Item -LiteralPath $samples -Destination (Join-Path $TestDrive 'samples') -Recurse
    Copy-Item -LiteralPath (Join-Path $samples 'sunrise.png') -Destination $TestDrive
    $null = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'lisbon')
    Copy-Item -Path (Join-Path $samples '*.png') -Destination (Join-Path $TestDrive 'lisbon')
    $null = New-TestImage -Folder (Join-Path $TestDrive 'photos') -Count 3
    Set-Content -LiteralPath (Join-Path $TestDrive 'uploads.csv') -Value 'Path,Title,Description', './samples/ocean.png,Ocean,Blue water at noon', './samples/sunrise.png,Sunrise,First light over the bay'
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
    function ConvertTo-OutputText {
        # Records as PowerShell shows them, then the objects formatted together, as they would be on screen.
        param($Output)
        foreach ($record in $Output) {
            if ($record -is [System.Management.Automation.VerboseRecord]) { "VERBOSE: $($record.Message)" }
            elseif ($record -is [System.Management.Automation.WarningRecord]) { "WARNING: $($record.Message)" }
        }
        $objects = @($Output | Where-Object { $_ -isnot [System.Management.Automation.InformationalRecord] })
        if ($objects) { $objects | Out-String -Width 160 -Stream }
    }

    function Get-OutputForm {
        # What the rule compares: table headers (a line above a row of dashes), list property names, and the
        # VERBOSE:/WARNING: lines and True/False answers with numbers and sizes masked.
        param([string[]] $Lines)
        $form = @{ Headers = @(); Properties = @(); Messages = @(); Answers = @() }
        for ($i = 0; $i -lt $Lines.Count; $i++) {
            $line = $Lines[$i].TrimEnd()
            if ($i + 1 -lt $Lines.Count -and $Lines[$i + 1] -match '^\s*-{2,}(\s+-+)*\s*$' -and $line) { $form.Headers += , @(-split $line) }
            elseif ($line -match '^(VERBOSE|WARNING): ') {
                $form.Messages += $line -replace "'[^']*[/\\][^']*'", "'<path>'" -replace '\d+(\.\d+)? ?[KMG]?B\b', '# B' -replace '\d+(\.\d+)?', '#' -replace '\s+', ' '
            }
            elseif ($line -match '^(True|False)$') { $form.Answers += $line }
            elseif ($line -match '^([A-Za-z][\w.]*)\s*: ') { $form.Properties += $Matches[1] }
        }
        $form
    }

    function Test-ColumnOrder {
        # Whether the wanted columns appear in this order among the columns; a narrower page may show fewer.
        param([string[]] $Columns, [string[]] $Wanted)
        $at = 0
        foreach ($column in $Wanted) {
            while ($at -lt $Columns.Count -and $Columns[$at] -ne $column) { $at++ }
            if ($at -ge $Columns.Count) { return $false }
            $at++
        }
        $true
    }

    function Compare-DocumentedOutput {
        # The ways the documented output's form differs from the real output's; nothing when they agree.
        param([string] $Documented, [object[][]] $Screens)
        $real = Get-OutputForm -Lines @(foreach ($screen in $Screens) { ConvertTo-OutputText $screen | ForEach-Object { $_ -split '\r?\n' } })
        $page = Get-OutputForm -Lines ($Documented -split '\r?\n')
        foreach ($header in $page.Headers) {
            if (-not ($real.Headers | Where-Object { Test-ColumnOrder -Columns $_ -Wanted $header })) { "the table with columns '$($header -join ' ')' is not in the output (its tables: $(($real.Headers | ForEach-Object { $_ -join ' ' }) -join ' | '))" }
        }
        foreach ($name in $page.Properties) { if ($name -notin $real.Properties) { "the property '$name' is not in the output" } }
        foreach ($message in $page.Messages) { if ($message -notin $real.Messages) { "the line '$message' is not in the output (its lines: $($real.Messages -join ' | '))" } }
        foreach ($answer in $page.Answers) { if ($answer -notin $real.Answers) { "the answer '$answer' is not in the output" } }
    }

    function Test-HelpExample {
        # Runs one example's commands against a fresh emulator and checks its errors and its documented output.
        param([string[]] $Commands, [scriptblock] $Prepare, [string] $Documented)
        $Commands -join '' | Should -Not -BeNullOrEmpty -Because 'an example without commands would pass without running anything'
        Reset-Emulator
        $null = Connect-TestImgur -AsUser
        if ($Prepare) { $null = & $Prepare }
        $screens = [System.Collections.Generic.List[object[]]]::new()
        Push-Location $TestDrive
        try {
            $ConfirmPreference = 'None'
            # The commands share one scope, as at a prompt, so a variable one sets is there for the next.
            & { param($commands, $screens) foreach ($command in $commands) { $screens.Add(@(. ([scriptblock]::Create($command)) *>&1)) } } $Commands $screens
        }
        finally {
            Pop-Location
            Restore-ImgurOption
        }

        $screens | ForEach-Object { $_ } | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] } | Should -BeNullOrEmpty
        if ($Documented) { Compare-DocumentedOutput -Documented $Documented -Screens $screens | Should -BeNullOrEmpty }
    }

    function Restore-ImgurOption {
        Set-ImgurOption -MaxRetry $options.MaxRetry -RetryDelaySec $options.RetryDelay.TotalSeconds -MaxRetryWaitSec $options.MaxRetryWait.TotalSeconds `
            -TimeoutSec $options.Timeout.TotalSeconds -CreditReservePercent $options.CreditReservePercent -LowCreditWarningPercent $options.LowCreditWarningPercent -UseETag $options.UseETag
    }
}

AfterAll {
    $env:XDG_CONFIG_HOME, $env:IMGUR_PASSWORD = $savedEnvironment
}

Describe 'Help examples' {
    It '<Example> runs against the emulator' -ForEach @($examples | Where-Object { $_.Example -notin $unixOnly }) {
        Test-HelpExample -Commands $Commands -Prepare $Prepare -Documented $Documented
    }

    It '<Example> runs against the emulator' -ForEach @($examples | Where-Object { $_.Example -in $unixOnly }) -Tag UnixOnly {
        Test-HelpExample -Commands $Commands -Prepare $Prepare -Documented $Documented
    }
}

Describe 'README examples' {
    It 'finds the README tour, the pipelines and the emulator block' -ForEach @{ Names = @($readmeExamples.Example) } {
        $Names | Should -Contain 'README/Uploading/1'
        $Names | Should -Contain 'README/Reading the gallery/1'
        $Names | Should -Contain 'README/The Imgur emulator/1'
    }

    It '<Example> runs against the emulator' -ForEach $readmeExamples {
        Test-HelpExample -Commands $Commands -Prepare $Prepare -Documented $Documented
    }
}

