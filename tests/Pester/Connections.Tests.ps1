BeforeAll {
    $manifest = Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1'
    Import-Module $manifest -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot '../../src/ImgurPS.Emulator/ImgurEmulator.psm1') -Force
    $credential = Get-EmulatorCredential
    $appCredential = [pscredential]::new($credential.clientId, (ConvertTo-SecureString $credential.clientSecret -AsPlainText -Force))

    function Connect-Friend {
        <# The emulator's second user, as a connection of its own that leaves the default as it is. #>
        Connect-Imgur -AccessToken $credential.friendAccessToken -BaseUri (Get-EmulatorUri) -PassThru
    }

    function ConvertFrom-SecureText([securestring] $Secure) { [pscredential]::new('x', $Secure).GetNetworkCredential().Password }
}

Describe 'Connection objects' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur -AsUser
    }

    It 'writes a second connection with -PassThru and leaves the default as it is' {
        $friend = Connect-Friend

        $friend | Should -BeOfType ImgurPS.Models.ImgurConnection
        (Get-ImgurConnection).Account | Should -Be $credential.username
        (Get-ImgurConnection -Connection $friend) | Should -Be $friend
    }

    It 'acts for the account of -Connection, and for the default without it' {
        $friend = Connect-Friend

        (Test-ImgurConnection -Connection $friend).AccountUsername | Should -Be $credential.friendUsername
        (Test-ImgurConnection).AccountUsername | Should -Be $credential.username
    }

    It 'learns the account of an access-token connection on the first call that reveals it' {
        $friend = Connect-Friend
        $friend.Account | Should -BeNullOrEmpty

        $null = Test-ImgurConnection -Connection $friend

        $friend.Account | Should -Be $credential.friendUsername
        (Get-ImgurConnection -Connection $friend).Account | Should -Be $credential.friendUsername
    }

    It 'ends the connection given to Disconnect-Imgur and keeps the default' {
        $friend = Connect-Friend

        $null = Test-ImgurConnection -Connection $friend
        $said = Disconnect-Imgur -Connection $friend -Verbose 4>&1

        "$said" | Should -BeExactly "Disconnected 'User $($credential.friendUsername) at $(Get-EmulatorUri)'; its secrets are forgotten."
        { Test-ImgurConnection -Connection $friend -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurConnectionEnded*'
        (Test-ImgurConnection).AccountUsername | Should -Be $credential.username
    }

    It 'keeps the previous default after a failed Connect-Imgur and says which one is active' {
        $before = Get-ImgurConnection

        $failure = $null
        try { $null = Connect-Imgur -ClientId $credential.clientId -ClientSecret 'not-the-secret' -RefreshToken $credential.refreshToken -BaseUri (Get-EmulatorUri) -ErrorAction Stop }
        catch { $failure = $_ }

        $failure.FullyQualifiedErrorId | Should -BeLike 'ImgurAuthenticationRequired,*'
        $failure.ErrorDetails.Message | Should -BeLike "*Invalid client. The default connection is still 'User $($credential.username) at*"

        Get-ImgurConnection | Should -Be $before
        (Test-ImgurConnection).AccountUsername | Should -Be $credential.username
    }

    It 'signs in with -Credential (client id as user name, client secret as password) and -RefreshToken' {
        $connection = Connect-Imgur -Credential $appCredential -RefreshToken $credential.refreshToken -BaseUri (Get-EmulatorUri) -PassThru

        $connection.ClientId | Should -Be $credential.clientId
        $connection.Account | Should -Be $credential.username
        $connection.CanRefresh | Should -BeTrue
    }

    It 'gives the refresh token out as a SecureString that connects again unattended' {
        $token = (Get-ImgurConnection).GetRefreshToken()
        $token | Should -BeOfType securestring

        Disconnect-Imgur
        $again = Connect-Imgur -Credential $appCredential -RefreshToken $token -BaseUri (Get-EmulatorUri)

        $again.Account | Should -Be $credential.username
        ConvertFrom-SecureText $token | Should -Be $credential.refreshToken
    }

    It 'shows no token in default output, Format-List *, ConvertTo-Json or Export-Clixml' {
        $connection = Get-ImgurConnection
        $file = Join-Path $TestDrive 'connection.xml'
        $connection | Export-Clixml -LiteralPath $file

        $forms = @(
            ($connection | Out-String -Width 400)
            ($connection | Format-List * -Force | Out-String -Width 400)
            ($connection | ConvertTo-Json -Depth 5 -WarningAction SilentlyContinue)
            (Get-Content -LiteralPath $file -Raw)
        )

        $forms[0] | Should -Match ([regex]::Escape($credential.username)) -Because 'the forms describe the connection'
        foreach ($form in $forms) {
            $form | Should -Not -Match ([regex]::Escape($credential.refreshToken))
            $form | Should -Not -Match ([regex]::Escape($credential.clientSecret))
        }
    }
}

Describe 'Connections across runspaces' {
    BeforeEach {
        Reset-Emulator
    }

    It 'uploads from ForEach-Object -Parallel with the default connection, refreshing once when the token expires mid-run' {
        $shortLived = Start-ImgurEmulator -ArgumentList '--access-token-lifetime', '20'
        try {
            $own = Invoke-RestMethod "$($shortLived.BaseUri)_emulator/credentials"
            $connection = Connect-Imgur -ClientId $own.clientId -ClientSecret $own.clientSecret -RefreshToken $own.refreshToken -BaseUri $shortLived.BaseUri
            $null = Invoke-RestMethod -Method Delete "$($shortLived.BaseUri)_emulator/requests"
            # The second half waits until the first token is due for its refresh (half its lifetime before expiry).
            $due = $connection.AccessTokenExpiresAt.AddSeconds(-9.5)
            $files = New-TestImage -Folder $TestDrive -Count 20

            $images = $files | ForEach-Object -ThrottleLimit 4 -Parallel {
                Import-Module $using:manifest
                if ([array]::IndexOf($using:files, $_) -ge 10) {
                    $wait = $using:due - [DateTimeOffset]::UtcNow
                    if ($wait -gt [timespan]::Zero) { Start-Sleep -Milliseconds $wait.TotalMilliseconds }
                }
                Send-ImgurImage -Path $_
            }

            $requests = @(Invoke-RestMethod "$($shortLived.BaseUri)_emulator/requests") | ForEach-Object { $_ }
            @($images).Count | Should -Be 20
            @($images.AccountId | Sort-Object -Unique) | Should -Be @($own.accountId)
            @($requests | Where-Object { $_.method -eq 'POST' -and $_.path -eq '/oauth2/token' }).Count | Should -Be 1
            @($requests | Where-Object status -ge 400).Count | Should -Be 0
        }
        finally {
            $shortLived | Stop-ImgurEmulator
        }
    }

    It 'acts for two accounts at once from two thread jobs with -Connection' {
        $user = Connect-TestImgur -AsUser
        $friend = Connect-Friend
        $files = New-TestImage -Folder $TestDrive -Count 6
        $upload = {
            param($Manifest, $Connection, $Paths)
            Import-Module $Manifest
            $Paths | Send-ImgurImage -Connection $Connection
        }

        $jobs = @(
            Start-ThreadJob -ScriptBlock $upload -ArgumentList $manifest, $user, $files[0..2]
            Start-ThreadJob -ScriptBlock $upload -ArgumentList $manifest, $friend, $files[3..5]
        )
        $results = $jobs | Wait-Job -Timeout 120 | ForEach-Object { , @(Receive-Job $_ -ErrorAction Stop) }
        $jobs | Remove-Job -Force

        $results.Count | Should -Be 2
        @($results[0].AccountId | Sort-Object -Unique) | Should -Be @($credential.accountId)
        @($results[1].AccountId | Sort-Object -Unique) | Should -Be @($credential.friendAccountId)
        @($results[0]).Count + @($results[1]).Count | Should -Be 6
    }

    It 'keeps working in one runspace after another runspace removes the module' {
        $null = Connect-TestImgur -AsUser
        $caller = [powershell]::Create()
        $remover = [powershell]::Create()
        try {
            $null = $caller.AddScript("Import-Module '$manifest'; (Get-ImgurCredit).ClientLimit").Invoke()
            $null = $remover.AddScript("Import-Module '$manifest'; Remove-Module ImgurPS").Invoke()
            $caller.Commands.Clear()

            $limit = $caller.AddScript('(Get-ImgurCredit -ErrorAction Stop).ClientLimit').Invoke()

            $caller.Streams.Error | Should -BeNullOrEmpty
            $limit | Should -BeGreaterThan 0
            (Get-ImgurConnection).Account | Should -Be $credential.username
        }
        finally {
            $caller.Dispose()
            $remover.Dispose()
        }
    }

    It 'forgets the default when the last runspace lets go, one that closed without removing the module included' {
        $null = Connect-TestImgur
        $closed = [powershell]::Create()
        $null = $closed.AddScript("Import-Module '$manifest'").Invoke()
        $closed.Dispose()

        Remove-Module ImgurPS
        Import-Module $manifest

        { Get-ImgurCredit -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurNotConnected*'
    }
}
