BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot '../../src/ImgurPS.Emulator/ImgurEmulator.psm1') -Force
    Set-ImgurOption -RetryDelaySec 0.05

    # An emulator of its own: the default 500 hourly user credits pay for only 50 uploads.
    $sharedEmulator = $env:IMGURPS_EMULATOR_URI
    $roomy = Start-ImgurEmulator -ArgumentList '--user-limit', '100000', '--post-limit', '100000'
    $env:IMGURPS_EMULATOR_URI = $roomy.BaseUri

    function Start-RunspaceBatch {
        <# Runs Send-ImgurImage in a runspace of its own (the module's session is the process's) and returns the shell and its handle. #>
        param([string[]] $Files, [string] $Journal, [int] $ThrottleLimit = 4, [switch] $Literal)
        $shell = [powershell]::Create()
        $parameters = @{ ThrottleLimit = $ThrottleLimit }
        if ($Journal) { $parameters.Journal = $Journal }
        $parameters[$(if ($Literal) { 'LiteralPath' } else { 'Path' })] = $Files
        $null = $shell.AddScript("Import-Module '$(Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1')'; `$p = `$args[0]; Send-ImgurImage @p").AddArgument($parameters)
        [pscustomobject]@{ Shell = $shell; Handle = $shell.BeginInvoke() }
    }

    function Start-ChildBatch {
        <# Uploads the PNGs of a folder from a child pwsh signed in as the emulator's user, for a test to kill. #>
        param([string] $Folder, [string] $Journal, [int] $ThrottleLimit = 2)
        $credential = Get-EmulatorCredential
        $script = "Import-Module '$(Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1')'; Set-ImgurOption -RetryDelaySec 0.05; " +
            "`$null = Connect-Imgur -ClientId '$($credential.clientId)' -ClientSecret '$($credential.clientSecret)' -RefreshToken '$($credential.refreshToken)' -BaseUri '$(Get-EmulatorUri)'; " +
            "Get-ChildItem '$Folder' -Filter *.png | Send-ImgurImage -ThrottleLimit $ThrottleLimit -Journal '$Journal' -ErrorAction SilentlyContinue -WarningAction SilentlyContinue | Out-Null"
        $pwsh, $prefix = if (Test-Path "$PSHOME/pwsh") { "$PSHOME/pwsh", @() } else { 'dotnet', @("$PSHOME/pwsh.dll") }
        Start-Process -FilePath $pwsh -ArgumentList ($prefix + '-NoProfile', '-NonInteractive', '-Command', $script) -PassThru
    }

    function Wait-JournalLine {
        <# Waits (20 s at most) until the journal has at least -Count lines. #>
        param([string] $Journal, [int] $Count)
        $deadline = (Get-Date).AddSeconds(20)
        while ((Get-Date) -lt $deadline -and @(Get-Content -LiteralPath $Journal -ErrorAction Ignore).Count -lt $Count) { Start-Sleep -Milliseconds 50 }
    }

    function Get-UploadedPath {
        <# The paths a journal lists as uploaded, once each, sorted. #>
        param([string] $Journal)
        Get-Content -LiteralPath $Journal | Where-Object { $_ -like '{*}' } | ConvertFrom-Json | Where-Object outcome -EQ 'uploaded' | ForEach-Object path | Sort-Object -Unique
    }
}

AfterAll {
    Set-ImgurOption -RetryDelaySec 1
    $roomy | Stop-ImgurEmulator
    $env:IMGURPS_EMULATOR_URI = $sharedEmulator
}

Describe 'Send-ImgurImage with many files' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur
        $folder = Join-Path $TestDrive ([guid]::NewGuid())
    }

    It 'uploads in parallel and writes objects and errors in input order' {
        $files = @(New-TestImage -Folder $folder -Count 12)
        $notImage = Join-Path $folder 'image005b.txt'
        Set-Content -LiteralPath $notImage -Value 'text'
        $inputs = $files[0..4] + $notImage + $files[5..11]
        # Some uploads are slow, so later ones finish first.
        Add-EmulatorFault -Path '^/3/image$' -Kind delay -DelayMs 300 -Every 3 -Times 0

        $output = $inputs | Send-ImgurImage -ThrottleLimit 4 -ErrorAction Continue -ErrorVariable failures 2>&1

        ($output | Where-Object { $_ -is [ImgurPS.Models.ImgurImage] }).SourcePath | Should -Be $files
        $failures.TargetObject | Should -Be $notImage
        # The error sits between the fifth and sixth objects, where its file was.
        $position = [array]::IndexOf(@($output | ForEach-Object { $_ -is [System.Management.Automation.ErrorRecord] }), $true)
        $position | Should -Be 5
        (Get-EmulatorUpload).sha256 | Sort-Object -Unique | Should -HaveCount 12
    }

    It 'records each upload in the journal and skips the files already there' {
        $files = @(New-TestImage -Folder $folder -Count 4)
        $journal = Join-Path $folder 'journal.jsonl'

        $first = $files | Send-ImgurImage -Journal $journal
        $lines = @(Get-Content -LiteralPath $journal | ConvertFrom-Json)
        # Each upload: its intent, written before the request, then its outcome.
        ($lines | Where-Object outcome -EQ 'sending').path | Sort-Object | Should -Be ($files | Sort-Object)
        $entries = $lines | Where-Object outcome -EQ 'uploaded'

        $entries | Should -HaveCount 4
        ($entries.Path | Sort-Object) | Should -Be ($files | Sort-Object)
        ($entries.Id | Sort-Object) | Should -Be ($first.Id | Sort-Object)
        $entries[0].Sha256 | Should -Match '^[0-9a-f]{64}$'
        $entries[0].deletehash | Should -Not -BeNullOrEmpty

        Add-Content -LiteralPath $files[1] -Value 'changed'
        $again = $files | Send-ImgurImage -Journal $journal -Verbose 4>&1

        ($again | Where-Object { $_ -is [ImgurPS.Models.ImgurImage] }).SourcePath | Should -Be $files[1]
        ($again | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message -match 'already uploaded' | Should -HaveCount 3
        Get-EmulatorUpload | Should -HaveCount 5
    }

    It 'keeps working after a run was cut off mid-line' {
        $files = @(New-TestImage -Folder $folder -Count 2)
        $journal = Join-Path $folder 'journal.jsonl'
        $null = $files[0] | Send-ImgurImage -Journal $journal
        [System.IO.File]::AppendAllText($journal, '{"path":"half a li')

        $output = $files | Send-ImgurImage -Journal $journal 3>&1

        ($output | Where-Object { $_ -is [System.Management.Automation.WarningRecord] }).Message | Should -Match '1 unreadable line'
        ($output | Where-Object { $_ -is [ImgurPS.Models.ImgurImage] }).SourcePath | Should -Be $files[1]
        (Get-Content -LiteralPath $journal | Where-Object { $_ -like '{"path":*"sha256"*"outcome":"uploaded"*}' }) | Should -HaveCount 2
    }

    It 'under injected faults, uploads every file exactly once across re-runs with the journal' {
        $files = @(New-TestImage -Folder $folder -Count 20)
        $journal = Join-Path $folder 'journal.jsonl'
        Add-EmulatorFault -Path '^/3/image$' -Kind status -Status 503 -Every 4 -Times 0
        Add-EmulatorFault -Path '^/3/image$' -Kind reset -Every 7 -Times 0

        $first = $files | Send-ImgurImage -ThrottleLimit 4 -Journal $journal -ErrorAction SilentlyContinue -ErrorVariable failures

        $first.Count + $failures.Count | Should -Be 20
        $failures | ForEach-Object { $_.TargetObject | Should -BeIn $files }
        Invoke-EmulatorControl -Method DELETE -Path faults | Out-Null

        $uncertain = @(Get-Content -LiteralPath $journal | ConvertFrom-Json | Where-Object outcome -EQ 'uncertain')
        $second = @($files | Send-ImgurImage -ThrottleLimit 4 -Journal $journal -WarningAction SilentlyContinue)
        $second.Count | Should -Be ($failures.Count - $uncertain.Count)

        # The connection resets came before the emulator stored anything, so -Force may send those files now.
        $third = @($files | Send-ImgurImage -ThrottleLimit 4 -Journal $journal -Force)
        $third.Count | Should -Be $uncertain.Count

        $uploads = Get-EmulatorUpload
        $uploads | Should -HaveCount 20
        $uploads.sha256 | Sort-Object -Unique | Should -HaveCount 20
        (Get-Content -LiteralPath $journal | ConvertFrom-Json | Where-Object outcome -EQ 'uploaded').path | Sort-Object | Should -Be ($files | Sort-Object)
    }

    It 'keeps 60 files straight under faults of every kind: each uploaded once or reported, never twice' {
        $files = @(New-TestImage -Folder $folder -Count 60)
        $journal = Join-Path $folder 'journal.jsonl'
        foreach ($fault in @(
                @{ Kind = 'status'; Status = 500; Every = 13 }
                @{ Kind = 'html'; Status = 503; Every = 17 }
                @{ Kind = 'errors-array'; Status = 429; Every = 11 }
                @{ Kind = 'empty'; Status = 429; Every = 19 }
                @{ Kind = 'reset'; Every = 23 }
                @{ Kind = 'truncate'; Every = 29 })) {
            Add-EmulatorFault -Path '^/3/image$' -Times 0 @fault
        }

        $first = $files | Send-ImgurImage -ThrottleLimit 4 -Journal $journal -ErrorAction SilentlyContinue -ErrorVariable failures

        $first.Count + $failures.Count | Should -Be 60
        $failures | ForEach-Object { $_.TargetObject | Should -BeIn $files }
        $uploads = @(Get-EmulatorUpload)
        ($uploads.sha256 | Sort-Object -Unique).Count | Should -Be $uploads.Count -Because 'nothing is uploaded twice'
        $entries = @(Get-Content -LiteralPath $journal | ConvertFrom-Json)
        $uploaded = @($entries | Where-Object outcome -EQ 'uploaded')
        $uncertain = @($entries | Where-Object outcome -EQ 'uncertain')
        ($uploaded.sha256 | Sort-Object) | Should -Be ($first | ForEach-Object { ($entries | Where-Object id -EQ $_.Id).sha256 } | Sort-Object)
        $uploads.sha256 | ForEach-Object { $_ | Should -BeIn $entries.sha256 -Because 'the journal accounts for everything Imgur stored' }
        $uncertain.Count | Should -BeGreaterThan 0
        Invoke-EmulatorControl -Method DELETE -Path faults | Out-Null

        $second = @($files | Send-ImgurImage -ThrottleLimit 4 -Journal $journal -WarningAction SilentlyContinue -WarningVariable doubts)

        $second.Count | Should -Be ($failures.Count - $uncertain.Count) -Because 'a re-run uploads only what failed for sure'
        # Anonymous uploads cannot be looked up: one warning lists them all, and says what -Force does.
        $doubts | Should -HaveCount 1
        foreach ($doubt in $uncertain) { $doubts[0].Message | Should -BeLike "*'$($doubt.path)'*" }
        $doubts[0].Message | Should -BeLike '*-Force*'
        $after = @(Get-EmulatorUpload)
        ($after.sha256 | Sort-Object -Unique).Count | Should -Be $after.Count
    }

    It 'stops within 2 seconds on Ctrl+C and leaves a readable journal' {
        $files = @(New-TestImage -Folder $folder -Count 8)
        $journal = Join-Path $folder 'journal.jsonl'
        Add-EmulatorFault -Path '^/3/image$' -Kind delay -DelayMs 800 -Times 0
        $shell = [powershell]::Create()
        $null = $shell.AddScript("Import-Module '$(Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1')'; `$args[0] | Send-ImgurImage -ThrottleLimit 2 -Journal '$journal'").AddArgument($files)
        $running = $shell.BeginInvoke()
        Start-Sleep -Milliseconds 1200

        $clock = [System.Diagnostics.Stopwatch]::StartNew()
        $shell.Stop()
        $clock.Stop()

        $clock.Elapsed.TotalSeconds | Should -BeLessThan 2
        $running.IsCompleted | Should -BeTrue
        $recorded = @(Get-Content -LiteralPath $journal -ErrorAction Ignore | ConvertFrom-Json)
        @($recorded | Where-Object outcome -EQ 'uploaded').Count | Should -BeLessThan 8
        $recorded.Path | ForEach-Object { $_ | Should -BeIn $files }
        # Whatever reached the emulator is in the journal: uploaded, or uncertain (its intent, or a stopped request).
        foreach ($upload in Get-EmulatorUpload) {
            $upload.sha256 | Should -BeIn $recorded.sha256 -Because 'every file sent before Ctrl+C is recorded'
        }
        $shell.Dispose()
    }

    It 'loses nothing when the process is killed mid-batch, and sends nothing twice' {
        $null = Connect-TestImgur -AsUser
        $files = @(New-TestImage -Folder $folder -Count 10)
        $journal = Join-Path $folder 'journal.jsonl'
        # Each upload is stored at once and answered late: a kill lands while stored uploads wait for their answer.
        Add-EmulatorFault -Path '^/3/image$' -Kind hold -DelayMs 400 -Times 0
        $child = Start-ChildBatch -Folder $folder -Journal $journal
        Wait-JournalLine -Journal $journal -Count 5
        $child.Kill()
        $child.WaitForExit()
        Invoke-EmulatorControl -Method DELETE -Path faults | Out-Null

        $rest = $files | Send-ImgurImage -Journal $journal

        $uploads = Get-EmulatorUpload
        $uploads | Should -HaveCount 10 -Because 'the uploads that were on their way are found on the account, not sent again'
        $uploads.sha256 | Sort-Object -Unique | Should -HaveCount 10
        $rest.Count | Should -BeLessThan 10
        (Get-UploadedPath $journal) | Should -Be ($files | Sort-Object)
    }
}

Describe 'Send-ImgurImage tells what it does' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur
        $folder = Join-Path $TestDrive ([guid]::NewGuid())
    }

    It 'names every upload a downstream Select-Object -First cut off, with its deletehash, and journals them' {
        $files = @(New-TestImage -Folder $folder -Count 10)
        $journal = Join-Path $TestDrive 'cut-off.jsonl'
        # The uploads take a while, so that some are still being sent when the first object comes out.
        Add-EmulatorFault -Path '^/3/image$' -Kind delay -DelayMs 200 -Times 0
        $script = "Import-Module '$(Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1')'; " +
            "`$null = Connect-Imgur -ClientId '$((Get-EmulatorCredential).clientId)' -BaseUri '$(Get-EmulatorUri)'; " +
            "Get-ChildItem '$folder' -Filter *.png | Send-ImgurImage -Journal '$journal' | Select-Object -First 1 | ForEach-Object { 'OUTPUT ' + `$_.Id }"
        $pwsh, $prefix = if (Test-Path "$PSHOME/pwsh") { "$PSHOME/pwsh", @() } else { 'dotnet', @("$PSHOME/pwsh.dll") }

        $output = (& $pwsh @prefix -NoProfile -NonInteractive -Command $script 2>&1) -join "`n"

        $uploads = @(Get-EmulatorUpload)
        $uploads.Count | Should -BeGreaterThan 1 -Because 'more uploads than the one output reached Imgur'
        $output | Should -Match 'OUTPUT \w+'
        $shown = [regex]::Match($output, 'OUTPUT (\w+)').Groups[1].Value
        $output | Should -Match "WARNING: The command was stopped after $($uploads.Count - 1) more upload\(s\) reached Imgur"
        foreach ($id in $uploads.id | Where-Object { $_ -ne $shown }) {
            $output | Should -Match "as $id, deletehash \w+" -Because "the deletehash of $id must not be lost"
        }
        @(Get-UploadedPath -Journal $journal) | Should -HaveCount $uploads.Count -Because 'the journal lists every upload that reached Imgur'
    }

    It 'counts n of N with a percentage, shows real file sizes and never more running than -ThrottleLimit' {
        $files = @(New-TestImage -Folder $folder -Count 6)
        $size = (Get-Item -LiteralPath $files[0]).Length
        Add-EmulatorFault -Path '^/3/image$' -Kind delay -DelayMs 100 -Times 0
        $shell = [powershell]::Create()
        $null = $shell.AddScript("Import-Module '$(Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1')'; Send-ImgurImage -Path '$folder/*.png' -ThrottleLimit 2 -Verbose")

        $images = $shell.Invoke()

        $images | Should -HaveCount 6
        $batch = @($shell.Streams.Progress | Where-Object { $_.ActivityId -eq 1 -and $_.RecordType -eq 'Processing' })
        $batch | ForEach-Object { $_.StatusDescription | Should -Match '^\d of 6: ' }
        $batch[-1].StatusDescription | Should -Match '^6 of 6: 6 uploaded, 0 failed, 0 in progress'
        $batch[-1].PercentComplete | Should -Be 100
        $batch | ForEach-Object { [int]($_.StatusDescription -replace '.* (\d+) in progress.*', '$1') | Should -BeLessOrEqual 2 }
        $perFile = @($shell.Streams.Progress | Where-Object ActivityId -GT 1)
        $perFile | Should -Not -BeNullOrEmpty
        $perFile | ForEach-Object { $_.StatusDescription | Should -Match " of $size B$" }
        $shell.Streams.Verbose.Message | Should -Contain '6 uploaded (3.3 KB), 0 failed.'
        $shell.Streams.Verbose.Message | Should -Not -Match 'journal'
        $shell.Dispose()
    }

    It 'draws progress a few times a second, not once per upload, and still ends on the last count' {
        $files = @(New-TestImage -Folder $folder -Count 200)
        $shell = [powershell]::Create()
        $null = $shell.AddScript("Import-Module '$(Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1')'; Send-ImgurImage -LiteralPath `$args[0] -ThrottleLimit 4").AddArgument($files)

        $images = $shell.Invoke()

        $images | Should -HaveCount 200
        $batch = @($shell.Streams.Progress | Where-Object { $_.ActivityId -eq 1 -and $_.RecordType -eq 'Processing' })
        # On loopback the whole batch takes well under ten seconds: at most one count each tenth of a second, where every upload used to write its own.
        $batch.Count | Should -BeLessThan 100
        $batch[-1].StatusDescription | Should -Match '^200 of 200: 200 uploaded, 0 failed, 0 in progress'
        # A file bar is closed only if it was drawn.
        $drawn = @($shell.Streams.Progress | Where-Object { $_.ActivityId -gt 1 -and $_.RecordType -eq 'Processing' } | Select-Object -ExpandProperty ActivityId -Unique)
        $closed = @($shell.Streams.Progress | Where-Object { $_.ActivityId -gt 1 -and $_.RecordType -eq 'Completed' } | Select-Object -ExpandProperty ActivityId)
        @($closed | Where-Object { $_ -notin $drawn }) | Should -BeNullOrEmpty
        $shell.Dispose()
    }
}

Describe 'Send-ImgurImage -Journal: written ahead, one writer, stopped early' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur -AsUser
        $folder = Join-Path $TestDrive ([guid]::NewGuid())
    }

    It 'records the files sent before Ctrl+C, and a re-run signed in finds them on the account instead of sending them again' {
        $files = @(New-TestImage -Folder $folder -Count 4)
        $journal = Join-Path $folder 'journal.jsonl'
        Add-EmulatorFault -Path '^/3/image$' -Kind hold -DelayMs 3000 -Times 2
        $batch = Start-RunspaceBatch -Files $files -Journal $journal -ThrottleLimit 2
        $deadline = (Get-Date).AddSeconds(20)
        while ((Get-Date) -lt $deadline -and @(Get-EmulatorUpload).Count -lt 2) { Start-Sleep -Milliseconds 50 }

        $batch.Shell.Stop()
        $batch.Shell.Dispose()

        @(Get-EmulatorUpload) | Should -HaveCount 2 -Because 'two files reached the emulator before Ctrl+C'
        $again = @($files | Send-ImgurImage -Journal $journal -Verbose 4>&1)
        @(Get-EmulatorUpload) | Should -HaveCount 4 -Because 'nothing is sent twice'
        ($again | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message -match '2 are on Imgur' | Should -HaveCount 1
        (Get-EmulatorUpload).sha256 | Sort-Object -Unique | Should -HaveCount 4
        (Get-UploadedPath $journal) | Should -Be ($files | Sort-Object)
        # The found uploads carry what the account lists for them, so they can be deleted later.
        Get-Content -LiteralPath $journal | ConvertFrom-Json | Where-Object outcome -EQ 'uploaded' | ForEach-Object {
            $_.deletehash | Should -Not -BeNullOrEmpty
            $_.id | Should -BeIn (Get-EmulatorUpload).id
        }
    }

    It 'refuses a journal it cannot write before anything is sent: <Case>' -ForEach @(
        @{ Case = 'a missing folder'; Name = 'missing/journal.jsonl' }
        @{ Case = 'a folder at that path'; Name = 'a-folder' }
    ) {
        $files = @(New-TestImage -Folder $folder -Count 2)
        $null = New-Item -ItemType Directory -Path (Join-Path $folder 'a-folder')
        $journal = Join-Path $folder $Name

        { $files | Send-ImgurImage -Journal $journal -ErrorAction Continue } | Should -Throw -ErrorId 'ImgurJournalUnwritable,ImgurPS.Commands.Image.SendImgurImageCommand' -ExpectedMessage "*'$journal'*Nothing was sent*"

        @(Get-EmulatorUpload) | Should -HaveCount 0
    }

    It 'refuses a journal in a folder it may not write to, before anything is sent' -Tag UnixOnly {
        $files = @(New-TestImage -Folder $folder -Count 2)
        $locked = (New-Item -ItemType Directory -Path (Join-Path $folder 'locked')).FullName
        # Root may write anywhere a mode allows nothing; an immutable folder refuses root too.
        $asRoot = (id -u) -eq '0'
        if ($asRoot) { chattr +i $locked } else { chmod 500 $locked }
        $LASTEXITCODE | Should -Be 0 -Because 'the folder must be made unwritable for this test'
        try {
            $journal = Join-Path $locked 'journal.jsonl'
            { $files | Send-ImgurImage -Journal $journal -ErrorAction Continue } | Should -Throw -ErrorId 'ImgurJournalUnwritable,ImgurPS.Commands.Image.SendImgurImageCommand' -ExpectedMessage "*'$journal'*Nothing was sent*"
            @(Get-EmulatorUpload) | Should -HaveCount 0
        }
        finally {
            if ($asRoot) { chattr -i $locked } else { chmod 700 $locked }
        }
    }

    It 'lets one batch at a time write a journal, and readers still read it' {
        $files = @(New-TestImage -Folder $folder -Count 4)
        $journal = Join-Path $folder 'journal.jsonl'
        Add-EmulatorFault -Path '^/3/image$' -Kind delay -DelayMs 1500 -Times 0
        $first = Start-RunspaceBatch -Files $files -Journal $journal -ThrottleLimit 1
        Wait-JournalLine -Journal $journal -Count 1

        { $files | Send-ImgurImage -Journal $journal } | Should -Throw -ErrorId 'ImgurJournalInUse,ImgurPS.Commands.Image.SendImgurImageCommand' -ExpectedMessage "*'$journal'*another Send-ImgurImage batch*"
        @(Get-Content -LiteralPath $journal) | Should -Not -BeNullOrEmpty -Because 'a reader is not locked out'

        $first.Shell.Stop()
        $first.Shell.Dispose()
        Invoke-EmulatorControl -Method DELETE -Path faults | Out-Null
        $null = $files | Send-ImgurImage -Journal $journal -WarningAction SilentlyContinue
        @(Get-EmulatorUpload) | Should -HaveCount 4
        (Get-EmulatorUpload).sha256 | Sort-Object -Unique | Should -HaveCount 4
    }

    It 'records the hash of the bytes sent when a file changes between queueing and sending' {
        $files = @(New-TestImage -Folder $folder -Count 2)
        $journal = Join-Path $folder 'journal.jsonl'
        Add-EmulatorFault -Path '^/3/image$' -Kind delay -DelayMs 4000 -Times 1
        $batch = Start-RunspaceBatch -Files $files -Journal $journal -ThrottleLimit 1
        Start-Sleep -Milliseconds 1500
        @(Get-EmulatorUpload) | Should -HaveCount 0 -Because 'the first upload is still on its way'
        # The second file is queued (and hashed) already; it changes while the first one uploads.
        [System.IO.File]::WriteAllBytes($files[1], [System.IO.File]::ReadAllBytes($files[1]) + [byte[]](1, 2, 3))
        $null = $batch.Shell.EndInvoke($batch.Handle)
        $batch.Shell.Dispose()

        $uploads = @(Get-EmulatorUpload)
        $uploads | Should -HaveCount 2
        foreach ($entry in Get-Content -LiteralPath $journal | ConvertFrom-Json | Where-Object outcome -EQ 'uploaded') {
            $entry.sha256 | Should -Be ($uploads | Where-Object id -EQ $entry.id).sha256 -Because 'the journal pairs a link with the content it got'
        }
        (Get-Content -LiteralPath $journal | ConvertFrom-Json | Where-Object { $_.outcome -eq 'uploaded' -and $_.path -eq $files[1] }).sha256 |
            Should -Be (Get-FileHash -LiteralPath $files[1] -Algorithm SHA256).Hash.ToLowerInvariant()
    }

    It 'stops at the first sign that Imgur cannot be reached, with one error counting what was not sent' {
        $files = @(New-TestImage -Folder $folder -Count 10)
        $journal = Join-Path $folder 'journal.jsonl'
        # Connected to an emulator that then stops: nothing listens on its port any more.
        $gone = Start-ImgurEmulator
        $null = Connect-Imgur -ClientId (Get-EmulatorCredential).clientId -BaseUri $gone.BaseUri
        $gone | Stop-ImgurEmulator

        $thrown = $null
        try { $files | Send-ImgurImage -Journal $journal -ErrorVariable perItem -ErrorAction Continue 2>$null } catch { $thrown = $_ }

        $thrown | Should -Not -BeNullOrEmpty
        $thrown.FullyQualifiedErrorId | Should -Be 'ImgurUnreachable,ImgurPS.Commands.Image.SendImgurImageCommand'
        $thrown.Exception.Message | Should -BeLike '*10 file(s) were not sent*'
        $thrown.Exception.Message | Should -BeLike "*-Journal '$journal'*"
        @($perItem) | Should -HaveCount 1 -Because 'one error (the terminating one), not one per file'

        $null = Connect-TestImgur -AsUser
        $sent = @($files | Send-ImgurImage -Journal $journal)
        $sent | Should -HaveCount 10 -Because 'none of them was sent, and the journal says so'
    }

    It 'refuses a FIFO and devices without opening them' -Tag UnixOnly {
        $files = @(New-TestImage -Folder $folder -Count 1)
        $fifo = Join-Path $folder 'pipe.png'
        & mkfifo $fifo
        $batch = Start-RunspaceBatch -Files @($files[0], $fifo, '/dev/null', '/dev/zero') -ThrottleLimit 1 -Literal
        $finished = $batch.Handle.AsyncWaitHandle.WaitOne(15000)
        if (-not $finished) {
            # Opened for reading, the FIFO blocks until a writer comes: be that writer, so the test can end.
            $writer = [System.IO.File]::OpenWrite($fifo); $writer.Dispose()
        }

        $finished | Should -BeTrue -Because 'a FIFO is never opened'
        $output = $batch.Shell.EndInvoke($batch.Handle)
        $errors = @($batch.Shell.Streams.Error)
        $batch.Shell.Dispose()
        $output.SourcePath | Should -Be $files[0]
        $errors.TargetObject | Should -Be @($fifo, '/dev/null', '/dev/zero')
        $errors | ForEach-Object {
            $_.CategoryInfo.Category | Should -Be 'InvalidArgument'
            $_.FullyQualifiedErrorId | Should -BeLike 'InvalidArgument,*'
        }
        $errors[0].Exception.Message | Should -BeLike "*'$fifo' is a named pipe (FIFO)*"
        $errors[1].Exception.Message | Should -BeLike '*character device*'
    }

    It 'settles uploads left uncertain by resets and cut-off answers: found on the account, or sent' {
        $files = @(New-TestImage -Folder $folder -Count 30)
        $journal = Join-Path $folder 'journal.jsonl'
        # A reset comes before the emulator stores anything; a truncated answer after it stored the upload.
        Add-EmulatorFault -Path '^/3/image$' -Kind truncate -Every 3 -Times 0
        Add-EmulatorFault -Path '^/3/image$' -Kind reset -Every 4 -Times 0

        $null = $files | Send-ImgurImage -ThrottleLimit 4 -Journal $journal -ErrorAction SilentlyContinue

        $uncertain = @(Get-Content -LiteralPath $journal | ConvertFrom-Json | Where-Object outcome -EQ 'uncertain')
        $uncertain.Count | Should -BeGreaterThan 0
        @(Get-EmulatorUpload).Count | Should -BeLessThan 30
        Invoke-EmulatorControl -Method DELETE -Path faults | Out-Null

        $null = $files | Send-ImgurImage -ThrottleLimit 4 -Journal $journal -WarningVariable doubts

        $uploads = @(Get-EmulatorUpload)
        $uploads | Should -HaveCount 30 -Because 'the uploads that never arrived are sent, the others are not'
        $doubts | Should -BeNullOrEmpty -Because 'signed in, every uncertain upload is looked up'
        $uploads.sha256 | Sort-Object -Unique | Should -HaveCount 30
        (Get-UploadedPath $journal) | Should -Be ($files | Sort-Object)
    }

    It 'uploads 100 files exactly once under faults, two Ctrl+C and a kill -9, and the journal lists them all' {
        $files = @(New-TestImage -Folder $folder -Count 100)
        $journal = Join-Path $folder 'journal.jsonl'
        foreach ($fault in @(
                @{ Kind = 'reset'; Every = 7 }
                @{ Kind = 'truncate'; Every = 11 }
                @{ Kind = 'status'; Status = 503; Every = 13 }
                @{ Kind = 'errors-array'; Status = 429; Every = 17 }
                # The others are stored at once and answered late, so that each stop finds uploads on their way.
                @{ Kind = 'hold'; DelayMs = 60 })) {
            Add-EmulatorFault -Path '^/3/image$' -Times 0 @fault
        }
        $lines = { @(Get-Content -LiteralPath $journal -ErrorAction Ignore).Count }

        foreach ($stop in 1..2) {
            $target = (& $lines) + 20
            $batch = Start-RunspaceBatch -Files $files -Journal $journal
            Wait-JournalLine -Journal $journal -Count $target
            $batch.Shell.Stop()
            $batch.Shell.Dispose()
        }
        $target = (& $lines) + 20
        $child = Start-ChildBatch -Folder $folder -Journal $journal -ThrottleLimit 4
        Wait-JournalLine -Journal $journal -Count $target
        $child.Kill()
        $child.WaitForExit()
        @(Get-EmulatorUpload).Count | Should -BeLessThan 100 -Because 'the stops came mid-batch'
        @(Get-Content -LiteralPath $journal | ConvertFrom-Json | Where-Object outcome -EQ 'uncertain').Count | Should -BeGreaterThan 0 -Because 'some answers were lost on the way'
        Invoke-EmulatorControl -Method DELETE -Path faults | Out-Null

        $null = $files | Send-ImgurImage -ThrottleLimit 4 -Journal $journal

        $uploads = @(Get-EmulatorUpload)
        $uploads.sha256 | Sort-Object -Unique | Should -HaveCount 100
        $uploads | Should -HaveCount 100 -Because 'each file is on the emulator exactly once'
        (Get-UploadedPath $journal) | Should -Be ($files | Sort-Object)
        foreach ($entry in Get-Content -LiteralPath $journal | ConvertFrom-Json | Where-Object outcome -EQ 'uploaded') {
            $entry.sha256 | Should -Be ($uploads | Where-Object id -EQ $entry.id).sha256
        }
    }
}
